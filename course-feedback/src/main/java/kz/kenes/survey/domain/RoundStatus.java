package kz.kenes.survey.domain;

import java.time.Instant;

/** Whether a round takes answers now. */
public enum RoundStatus {
  /** Its opening date has not come. */
  SCHEDULED,
  /** Takes answers; responses can be edited. */
  OPEN,
  /** Past its closing date, or closed by hand: answers are final. */
  CLOSED;

  /**
   * The status at {@code now} of a round with these dates: closed once closed by hand ({@code
   * closedAt}, null while not) or past its closing date, scheduled before it opens.
   */
  public static RoundStatus at(Instant opensAt, Instant closesAt, Instant closedAt, Instant now) {
    if (closedAt != null || !now.isBefore(closesAt)) {
      return CLOSED;
    }
    return now.isBefore(opensAt) ? SCHEDULED : OPEN;
  }

  /**
   * Refuses unless a round in this status takes answers: {@link RoundClosed} once it closed, {@link
   * RoundNotOpen} before it opens.
   */
  public void requireTakesAnswers() {
    if (this == CLOSED) {
      throw new RoundClosed("This survey round is closed: answers can no longer change.");
    }
    if (this == SCHEDULED) {
      throw new RoundNotOpen();
    }
  }
}
