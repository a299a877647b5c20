package kz.kenes.program.web;

import kz.kenes.platform.web.PageModel;

/**
 * What the program pages share after a saved form: the confirmation named by the {@code done}
 * parameter of the POST-redirect-GET (see {@link
 * kz.kenes.identity.web.PageSessions.PageRequest#redirect}).
 */
final class PageForms {

  private PageForms() {}

  /** A confirmation message key when {@code done} is one this page knows. */
  static PageModel confirm(PageModel page, String done, java.util.Set<String> known) {
    return done != null && known.contains(done)
        ? page.with("confirmation", "programs.done." + done)
        : page;
  }
}
