package kz.kenes.analytics.application;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Valid SPSS (and PSPP) variable names and quoted strings. A name has letters, digits and {@code _}
 * only, begins with a letter, has at most 64 characters, is not a reserved word and is unique
 * ignoring case; a quoted string doubles its apostrophes, has no line breaks and at most 255 bytes
 * in UTF-8 (the longest variable label SPSS keeps).
 */
public final class SpssNames {

  static final int MAX_NAME = 64;
  static final int MAX_LABEL_BYTES = 255;
  static final Set<String> RESERVED =
      Set.of("ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT", "OR", "TO", "WITH");

  private final Set<String> used = new HashSet<>();

  /** A valid name for {@code wanted}, unique among those this instance has handed out. */
  public String name(String wanted) {
    String base = sanitize(wanted);
    String candidate = base;
    for (int n = 2; !used.add(candidate.toUpperCase(Locale.ROOT)); n++) {
      String suffix = "_" + n;
      candidate = base.substring(0, Math.min(base.length(), MAX_NAME - suffix.length())) + suffix;
    }
    return candidate;
  }

  static String sanitize(String wanted) {
    StringBuilder name = new StringBuilder();
    for (char c : (wanted == null ? "" : wanted).toCharArray()) {
      boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '_');
      name.append(ok ? c : '_');
    }
    if (name.length() == 0 || !Character.isLetter(name.charAt(0))) {
      name.insert(0, "v_");
    }
    String result = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name.toString();
    return RESERVED.contains(result.toUpperCase(Locale.ROOT)) ? "v_" + result : result;
  }

  /** {@code text} as an SPSS string literal in apostrophes. */
  public static String quoted(String text) {
    String flat = (text == null ? "" : text).replaceAll("[\\r\\n\\t]+", " ").strip();
    StringBuilder out = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < flat.length(); ) {
      int cp = flat.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      int size = ch.getBytes(StandardCharsets.UTF_8).length * (cp == '\'' ? 2 : 1);
      if (bytes + size > MAX_LABEL_BYTES) {
        break;
      }
      out.append(cp == '\'' ? "''" : ch);
      bytes += size;
      i += Character.charCount(cp);
    }
    return "'" + out + "'";
  }
}
