/**
 * Integration tests of LTI 1.3 launches over HTTP: an independent platform registered through the
 * admin API launches Kenes through the real OIDC flow; accepted shapes, every refusal rule, replay,
 * browser binding, key rotation and registration changes.
 */
package it.kenes.lti;
