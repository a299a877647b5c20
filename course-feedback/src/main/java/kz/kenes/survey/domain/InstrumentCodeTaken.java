package kz.kenes.survey.domain;

import kz.kenes.platform.domain.Conflict;

/** Another instrument has this code already. */
public class InstrumentCodeTaken extends Conflict {

  public InstrumentCodeTaken(String code) {
    super("An instrument with code " + code + " exists already.");
  }
}
