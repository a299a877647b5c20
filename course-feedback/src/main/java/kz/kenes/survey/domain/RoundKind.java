package kz.kenes.survey.domain;

import java.util.Arrays;
import java.util.Optional;

/** A round's place in a before/after study. */
public enum RoundKind {
  /** Before the revision. */
  BASELINE("baseline"),
  /** After the revision: what the report compares with the baseline. */
  FOLLOW_UP("follow_up"),
  /** Any further round. */
  OTHER("other");

  private final String code;

  RoundKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<RoundKind> ofCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
