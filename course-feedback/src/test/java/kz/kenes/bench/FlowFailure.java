package kz.kenes.bench;

import java.util.Locale;

/** A flow that got an answer it did not expect at one of its steps, or no answer at all. */
public final class FlowFailure extends Exception {

  /** The step's name, lowercase ({@code login}, {@code submit}). */
  public final String step;

  /** The HTTP status received, or -1 when there was no answer. */
  public final int status;

  public FlowFailure(Object step, int status, String detail) {
    super(
        step.toString().toLowerCase(Locale.ROOT)
            + " "
            + (status < 0 ? "no answer" : "HTTP " + status)
            + ": "
            + detail);
    this.step = step.toString().toLowerCase(Locale.ROOT);
    this.status = status;
  }

  /** What kind of failure this is, for counting: the step and the status. */
  String kind() {
    return step + " " + (status < 0 ? "no answer" : "HTTP " + status);
  }
}
