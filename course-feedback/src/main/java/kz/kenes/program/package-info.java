/**
 * Educational programs: the university that owns them, each program (code, name, field) and its
 * modules (code, title, credits, position), and which modules a course (LTI context) delivers. The
 * program bounded context; later issues add module versions, competencies, learning outcomes and
 * course plans. {@code domain} holds the entities and repository interfaces, {@code persistence}
 * their JPA implementations.
 */
package kz.kenes.program;
