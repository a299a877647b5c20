/**
 * Educational programs: the university that owns them, each program (code, name, field, level,
 * teaching languages), its versioned modules (credits, hours, competencies, learning outcomes,
 * lessons with steps), and which modules a course (LTI context) delivers. The program bounded
 * context: {@code domain} holds the entities, value objects and repository interfaces, {@code
 * application} the use cases and input checks, {@code api} the admin REST API and {@code
 * persistence} the JPA repositories.
 */
package kz.kenes.program;
