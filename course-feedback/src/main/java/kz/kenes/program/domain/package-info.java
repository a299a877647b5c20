/**
 * The program model: {@link kz.kenes.program.domain.University}, {@link
 * kz.kenes.program.domain.EducationalProgram} (the aggregate root, owning its {@link
 * kz.kenes.program.domain.ProgramModule}s, each with its immutable {@link
 * kz.kenes.program.domain.ModuleVersion}s), the value objects ({@link
 * kz.kenes.program.domain.ModuleContent}, {@link kz.kenes.program.domain.ModuleOutline}, {@link
 * kz.kenes.program.domain.Lesson}, levels and languages), {@link
 * kz.kenes.program.domain.CourseModule} (a module a course delivers), the repository interfaces and
 * the published questions other contexts ask ({@link kz.kenes.program.domain.CourseDeliveries},
 * {@link kz.kenes.program.domain.ProgramOwners}). Entities are mapped with JPA annotations on the
 * tables of migrations V2 and V3; they keep their own rules (unique module codes, positions, a
 * change is a new version).
 */
package kz.kenes.program.domain;
