package kz.kenes.survey.domain;

import java.util.Arrays;
import java.util.Optional;

/** What an item asks for, named in instruments by its {@link #code()}. */
public enum ItemKind {
  /** An answer on the 4-point scale 0 "no" … 3 "yes"; counts towards the satisfaction level. */
  SCALE("scale"),
  /** One option out of several. */
  SINGLE("single"),
  /** Any number of options. */
  MULTIPLE("multiple"),
  /** Free text: ideas for new competencies or courses. */
  OPEN("open");

  private final String code;

  ItemKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public boolean hasOptions() {
    return this == SINGLE || this == MULTIPLE;
  }

  public static Optional<ItemKind> ofCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
