package kz.kenes.survey.domain;

/** Whether a round takes answers now. */
public enum RoundStatus {
  /** Its opening date has not come. */
  SCHEDULED,
  /** Takes answers; responses can be edited. */
  OPEN,
  /** Past its closing date, or closed by hand: answers are final. */
  CLOSED
}
