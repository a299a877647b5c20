package kz.kenes.program.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The level of an educational program, as the national qualification framework names it. */
public enum ProgramLevel {
  BACHELOR,
  MASTER,
  DOCTORATE,
  RESIDENCY;

  /** The lower-case code used in the API and the database, e.g. {@code bachelor}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ProgramLevel> ofCode(String code) {
    return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
  }
}
