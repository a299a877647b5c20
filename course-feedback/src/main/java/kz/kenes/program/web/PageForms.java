package kz.kenes.program.web;

import java.util.List;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.platform.web.PageModel;

/**
 * What the program pages' forms share: how a refused form shows its errors ({@code
 * form.error.<field>}, a taken code as {@link #DUPLICATE}) and, after a saved form, the
 * confirmation named by the {@code done} parameter of the POST-redirect-GET (see {@link
 * kz.kenes.identity.web.PageSessions.PageRequest#redirect}).
 */
final class PageForms {

  /** The message of a code (or other unique value) that is taken. */
  static final String DUPLICATE = "form.error.duplicate";

  private PageForms() {}

  /**
   * How a form of these pages shows a refusal: {@code form.error.<field>} on each field at fault
   * ({@code lessons[0].steps[1]} is the lessons field, names the form lacks fall on the first
   * field) and a conflict as a taken value on {@code conflictField}.
   */
  static FormErrors.Form errors(List<String> fields, String conflictField) {
    return FormErrors.form(fields, "form.error.").onConflict(conflictField, DUPLICATE);
  }

  /** A confirmation message key when {@code done} is one this page knows. */
  static PageModel confirm(PageModel page, String done, java.util.Set<String> known) {
    return done != null && known.contains(done)
        ? page.with("confirmation", "programs.done." + done)
        : page;
  }
}
