/**
 * The program context's REST API: {@code /api/admin/universities} and {@code /api/admin/programs}
 * (admin token or an administrator's LTI session), with their request and response records.
 * Documented in docs/programs.md.
 */
package kz.kenes.program.api;
