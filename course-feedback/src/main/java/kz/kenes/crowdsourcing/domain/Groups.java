package kz.kenes.crowdsourcing.domain;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import kz.kenes.platform.domain.InvalidInput;

/**
 * Stakeholder group codes as a campaign uses them ({@code learner}, {@code employer}, …): the
 * participating groups of a campaign, the group of every member, proposal and vote.
 */
public final class Groups {

  /** The group of a learner who came through an LTI launch. */
  public static final String LEARNER = "learner";

  /** The group of an instructor or administrator who came through an LTI launch. */
  public static final String STAFF = "staff";

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

  private Groups() {}

  public static String requireCode(String field, String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new InvalidInput(
          field, "A group code is 1 to 32 lower-case letters, digits, '-' or '_': " + code);
    }
    return code;
  }

  /** Codes joined by commas, as stored. */
  public static String join(List<String> codes) {
    return String.join(",", new LinkedHashSet<>(codes));
  }

  public static List<String> split(String text) {
    return text == null || text.isBlank()
        ? List.of()
        : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
