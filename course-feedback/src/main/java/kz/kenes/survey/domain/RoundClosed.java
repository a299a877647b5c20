package kz.kenes.survey.domain;

import kz.kenes.platform.domain.Conflict;

/** The round is closed: it takes no answer and no new invitation link ({@code round-closed}). */
public class RoundClosed extends Conflict {

  public static final String REASON = "round-closed";

  public RoundClosed(String message) {
    super(REASON, message);
  }
}
