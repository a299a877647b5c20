package kz.kenes.identity.domain;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The people who launched Kenes from some courses, found by (part of) the name their launches
 * recorded (see {@link PersonNames}): case and accents do not matter ({@link #fold}). Implemented
 * by the LTI adapter, which records who launched from which course, so no context reads its tables.
 */
public interface CoursePeople {

  /** The fewest letters a search takes, once folded. */
  int MIN_QUERY = 2;

  /** A person found: their Kenes user number and the name the pages show. */
  record Person(long userRef, String name) {}

  /** A page of the people found, by name, and how many there are in all. */
  record Found(List<Person> items, long total) {}

  /**
   * The people who launched from any of the courses {@code contextRefs} whose name contains {@code
   * folded} (already {@link #fold folded}, at least {@link #MIN_QUERY} characters), by name then
   * number.
   */
  Found search(Collection<Long> contextRefs, String folded, int offset, int limit);

  /**
   * A name or query as searches compare it: decomposed (NFD), combining marks (accents, the breve
   * of й, the diaeresis of ё) removed, lower case, spaces collapsed; null for null.
   */
  static String fold(String text) {
    if (text == null) {
      return null;
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return MARKS
        .matcher(decomposed)
        .replaceAll("")
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** Unicode combining marks. */
  Pattern MARKS = Pattern.compile("\\p{M}+");
}
