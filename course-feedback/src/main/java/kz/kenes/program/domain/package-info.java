/**
 * The program model: {@link kz.kenes.program.domain.University}, {@link
 * kz.kenes.program.domain.EducationalProgram} (the aggregate root, owning its {@link
 * kz.kenes.program.domain.ProgramModule}s), {@link kz.kenes.program.domain.CourseModule} (a module
 * a course delivers) and the repository interfaces. Entities are mapped with JPA annotations on the
 * tables of migration V2; they keep their own rules (unique module codes, positions).
 */
package kz.kenes.program.domain;
