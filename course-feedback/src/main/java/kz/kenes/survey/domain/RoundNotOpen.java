package kz.kenes.survey.domain;

import kz.kenes.platform.domain.Conflict;

/** The round has not opened yet: nobody answers it before its opening date. */
public class RoundNotOpen extends Conflict {

  public RoundNotOpen() {
    super("This survey round has not opened yet.");
  }
}
