package kz.kenes.survey.domain;

import kz.kenes.platform.domain.NotFound;

/** No invitation link has this token; the message says nothing more. */
public class UnknownInvitation extends NotFound {

  public UnknownInvitation() {
    super(
        "This invitation link is not valid: check that it was copied whole, or ask whoever sent"
            + " it for a new one.");
  }
}
