package kz.kenes.crowdsourcing.domain;

import kz.kenes.platform.domain.Conflict;

/** The campaign's current stage does not open this action ({@code stage-closed}). */
public class StageClosed extends Conflict {

  public static final String REASON = "stage-closed";

  public StageClosed(String message) {
    super(REASON, message);
  }
}
