package kz.kenes.crowdsourcing.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What a change of a program revision does to a module: replace its competencies, its learning
 * outcomes or its whole content, add a new module, or remove one. The first four create a module
 * version when the revision is applied; a removal is recorded (the program model keeps every
 * module, so nothing is deleted).
 */
public enum RevisionChangeKind {
  COMPETENCIES,
  OUTCOMES,
  CONTENT,
  NEW_MODULE,
  REMOVAL;

  /** The kind's name in the API and the database: {@code competencies}, {@code new-module}… */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<RevisionChangeKind> ofCode(String code) {
    for (RevisionChangeKind kind : values()) {
      if (kind.code().equals(code)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** Whether applying a change of this kind writes a module version. */
  public boolean writesVersion() {
    return this != REMOVAL;
  }
}
