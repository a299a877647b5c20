package kz.kenes.survey.domain;

import java.util.Locale;

/**
 * Who may have a learners' module feedback form of their own: one program, or one university for
 * all its programs (docs/module-feedback.md, "Forms per university or program").
 *
 * @param kind a program or a university
 * @param id the program's or the university's id
 */
public record ModuleFeedbackFormOwner(Kind kind, long id) {

  /** A program or a university. */
  public enum Kind {
    PROGRAM("p"),
    UNIVERSITY("u");

    private final String letter;

    Kind(String letter) {
      this.letter = letter;
    }

    /** The word used in the API ({@code program}, {@code university}). */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static ModuleFeedbackFormOwner program(long programId) {
    return new ModuleFeedbackFormOwner(Kind.PROGRAM, programId);
  }

  public static ModuleFeedbackFormOwner university(long universityId) {
    return new ModuleFeedbackFormOwner(Kind.UNIVERSITY, universityId);
  }

  /** The code of the owner's own instrument: {@code module-feedback-p12}, {@code …-u3}. */
  public String instrumentCode(String defaultCode) {
    return defaultCode + "-" + kind.letter + id;
  }
}
