package kz.kenes.quiz.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/**
 * One tag of a bank question as pools match it: its kind (a competency or a learning outcome) and
 * its key, the tag's text folded to lower case with its spaces collapsed, so that "Reads a soil
 * map" and "reads a soil map" are one tag. The text as written stays with the question.
 */
@Embeddable
public class BankTag {

  /** What a tag names. */
  public enum Kind {
    COMPETENCY("C"),
    OUTCOME("O");

    final String column;

    Kind(String column) {
      this.column = column;
    }

    /** The value of {@code bank_question_tag.kind}. */
    public String column() {
      return column;
    }
  }

  @Column(name = "kind", nullable = false)
  private String kind;

  @Column(name = "tag_key", nullable = false)
  private String tagKey;

  protected BankTag() {}

  BankTag(Kind kind, String text) {
    this.kind = kind.column;
    this.tagKey = key(text);
  }

  /**
   * The key of a tag's text: stripped, spaces collapsed, lower case; null for a blank or null text.
   */
  public static String key(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  public String kind() {
    return kind;
  }

  public String tagKey() {
    return tagKey;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BankTag t && kind.equals(t.kind) && tagKey.equals(t.tagKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, tagKey);
  }
}
