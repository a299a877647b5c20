/**
 * The program context's server-rendered pages: the administrator's pages under {@code
 * /app/admin/programs} (universities, programs, versioned modules with their history, delete with a
 * confirmation, JSON import and export) and the course page {@code /app/course/plan} where the
 * course's instructors write its plan, choose the program modules it delivers and the module their
 * resource link shows. Forms are parsed here into the application's commands ({@code
 * ProgramCommand}, {@code ModuleCommand}, {@code PlanCommand}); a refusal comes back as the same
 * form with the input kept and the fields at fault marked. Pages resolve their session through
 * {@link kz.kenes.identity.web.PageSessions}.
 */
package kz.kenes.program.web;
