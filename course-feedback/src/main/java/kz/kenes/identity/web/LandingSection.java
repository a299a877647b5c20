package kz.kenes.identity.web;

import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.PageModel;

/**
 * Something another part of Kenes shows on the landing page of a session (the survey rounds open to
 * a learner, …). Implementations are CDI beans; the landing page asks each in turn, so that this
 * package need not know the contexts that fill it.
 */
public interface LandingSection {

  /** Adds this section's variables to the landing page of {@code request}, if it has any. */
  void addTo(PageRequest request, PageModel page);
}
