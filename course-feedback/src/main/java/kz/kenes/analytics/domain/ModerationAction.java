package kz.kenes.analytics.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.text.UntrustedText;

/**
 * What an instructor does to an open answer of module feedback (docs/module-feedback.md,
 * "Moderation"): hide it with a reason (it is kept, never deleted), show it again, mark it as an
 * idea for a later proposal, or take the mark back. Only hiding needs a reason; every action is
 * recorded with who did it and when.
 */
public enum ModerationAction {
  HIDE("hide"),
  UNHIDE("unhide"),
  MARK_IDEA("mark-idea"),
  UNMARK_IDEA("unmark-idea");

  /** The longest reason kept. */
  public static final int MAX_REASON = 500;

  private final String code;

  ModerationAction(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /**
   * The action of a code ({@code hide}, {@code unhide}, {@code mark-idea}, {@code unmark-idea}).
   */
  public static Optional<ModerationAction> of(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String given = code.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(a -> a.code.equals(given)).findFirst();
  }

  /** {@link #of}, or 400 naming the field {@code action}. */
  public static ModerationAction require(String code) {
    return of(code)
        .orElseThrow(
            () ->
                new InvalidInput(
                    "action", "'action' is one of hide, unhide, mark-idea, unmark-idea."));
  }

  /**
   * The reason to keep with this action: required (at most {@value #MAX_REASON} characters) to
   * hide, else whatever was given, stripped, or null.
   */
  public String reason(String given) {
    String reason = given == null || given.isBlank() ? null : given.strip();
    if (this == HIDE && reason == null) {
      throw new InvalidInput("reason", "'reason' is required to hide an answer.");
    }
    if (reason != null && reason.length() > MAX_REASON) {
      throw new InvalidInput("reason", "'reason' is longer than " + MAX_REASON + " characters.");
    }
    return reason == null ? null : UntrustedText.requireNoNul("reason", reason);
  }
}
