package kz.kenes.survey.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kz.kenes.platform.text.UntrustedText;

/**
 * A respondent's answers checked against the instrument version of their round: every value of the
 * right kind and in range (a scale answer is 0..3, an option one of the item's), no unknown item,
 * and, for a submission, every required item answered. Scale answers are scored here (reversed
 * items mirrored), and the sum and count of the scores kept for the satisfaction level.
 */
public final class AnswerSheet {

  /** The longest open answer kept, in characters. */
  public static final int MAX_TEXT = 4000;

  /** The longest text accepted as a scale answer ({@code "3"}, {@code "+3.000"}). */
  public static final int MAX_SCALE_TEXT = 8;

  /** A scale answer in plain decimal form: digits, an optional sign and fraction, no exponent. */
  private static final Pattern SCALE_TEXT = Pattern.compile("[+-]?[0-9]+(\\.[0-9]*)?");

  /** How much of a wrong value a refusal quotes. */
  private static final int QUOTED = 40;

  private final List<Answer> answers;

  private AnswerSheet(List<Answer> answers) {
    this.answers = List.copyOf(answers);
  }

  /** How strictly to check. */
  public enum Completeness {
    /** A draft: answers may be missing. */
    DRAFT,
    /** A submission: every scale and single-choice item must be answered. */
    SUBMISSION
  }

  /**
   * Checks raw answers keyed by item code: numbers for scale items, an option code for single
   * choice, a list of option codes for multiple choice, a text for open items; null or blank is no
   * answer. Throws {@link InvalidSurveyInput} naming every item at fault ({@code answers.E01}).
   */
  public static AnswerSheet check(
      InstrumentVersion version, Map<String, ?> raw, Completeness completeness) {
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, ?> given = raw == null ? Map.of() : raw;
    Map<String, InstrumentItem> byCode = new HashMap<>();
    version.items().forEach(i -> byCode.put(i.code().toUpperCase(java.util.Locale.ROOT), i));
    List<Answer> answers = new ArrayList<>();
    Set<String> answered = new LinkedHashSet<>();
    for (Map.Entry<String, ?> entry : given.entrySet()) {
      String field = "answers." + shortKey(entry.getKey());
      InstrumentItem item =
          entry.getKey() == null
              ? null
              : byCode.get(entry.getKey().toUpperCase(java.util.Locale.ROOT));
      if (item == null) {
        errors.put(field, "This survey has no item " + shortKey(entry.getKey()) + ".");
        continue;
      }
      try {
        Answer answer = answer(item, entry.getValue());
        if (answer != null) {
          answers.add(answer);
          answered.add(item.code());
        }
      } catch (IllegalArgumentException e) {
        errors.put(field, item.code() + ": " + e.getMessage());
      }
    }
    if (completeness == Completeness.SUBMISSION) {
      for (InstrumentItem item : version.items()) {
        if (item.required() && !answered.contains(item.code())) {
          errors.putIfAbsent(
              "answers." + item.code(), item.code() + ": an answer is required to submit.");
        }
      }
    }
    InvalidSurveyInput.throwIfAny(errors);
    answers.sort(java.util.Comparator.comparingInt(a -> a.item().position()));
    return new AnswerSheet(answers);
  }

  private static Answer answer(InstrumentItem item, Object raw) {
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      return null;
    }
    return switch (item.kind()) {
      case SCALE -> scale(item, raw);
      case SINGLE -> single(item, raw);
      case MULTIPLE -> multiple(item, raw);
      case OPEN -> open(item, raw);
    };
  }

  private static Answer scale(InstrumentItem item, Object raw) {
    int value = scaleValue(raw);
    ItemScoring scoring = item.reversed() ? ItemScoring.REVERSED : ItemScoring.DIRECT;
    return new Answer(item, value, scoring.score(value), List.of(), null);
  }

  /**
   * A scale answer: a number or a text in a short plain form ({@code 3}, {@code "2"}, {@code 1.0}),
   * at most {@value #MAX_SCALE_TEXT} characters without an exponent, so that no answer costs more
   * than a glance (a {@code BigDecimal} of {@code "3."} and 100,000 zeros took seconds).
   */
  private static int scaleValue(Object raw) {
    String text = scaleText(raw);
    if (text.length() > MAX_SCALE_TEXT || !SCALE_TEXT.matcher(text).matches()) {
      throw new IllegalArgumentException(
          quote(text) + " is not an answer on the scale 0 (no) … 3 (yes).");
    }
    BigDecimal number = new BigDecimal(text);
    if (number.stripTrailingZeros().scale() > 0
        || number.compareTo(BigDecimal.valueOf(ScaleAnswer.MIN)) < 0
        || number.compareTo(BigDecimal.valueOf(ScaleAnswer.MAX)) > 0) {
      throw new IllegalArgumentException(
          text + " is outside the scale: answer 0 (no), 1, 2 or 3 (yes).");
    }
    return number.intValueExact();
  }

  /**
   * The answer as plain text: a number in its canonical form (a {@link BigDecimal} with a huge
   * exponent stays short, {@code 1E+1000000000}, and is refused as such), a text stripped.
   */
  private static String scaleText(Object raw) {
    return raw instanceof Number n ? n.toString() : raw.toString().strip();
  }

  /** An item code as the key of a field error: no item code is longer than 64 characters. */
  private static String shortKey(String key) {
    return key != null && key.length() > 64 ? key.substring(0, 64) + "…" : key;
  }

  /** A value as a refusal quotes it: in quotes, cut to a few characters. */
  private static String quote(String value) {
    return value.length() <= QUOTED
        ? "'" + value + "'"
        : "'" + value.substring(0, QUOTED) + "…' (" + value.length() + " characters)";
  }

  private static Answer single(InstrumentItem item, Object raw) {
    String code = raw.toString();
    int index =
        item.optionIndex(code)
            .orElseThrow(() -> new IllegalArgumentException(notAnOption(item, code)));
    return new Answer(item, index, null, List.of(), null);
  }

  private static Answer multiple(InstrumentItem item, Object raw) {
    if (!(raw instanceof List<?> list)) {
      throw new IllegalArgumentException("give the chosen options as a list of option codes.");
    }
    Set<String> chosen = new LinkedHashSet<>();
    for (Object element : list) {
      String code = String.valueOf(element);
      if (item.optionIndex(code).isEmpty()) {
        throw new IllegalArgumentException(notAnOption(item, code));
      }
      chosen.add(code);
    }
    return chosen.isEmpty() ? null : new Answer(item, null, null, List.copyOf(chosen), null);
  }

  private static Answer open(InstrumentItem item, Object raw) {
    String text = raw.toString().strip();
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException(
          "the answer is longer than " + MAX_TEXT + " characters (" + text.length() + ").");
    }
    if (UntrustedText.containsNul(text)) {
      throw new IllegalArgumentException(
          "the answer contains a NUL character (U+0000), which cannot be stored; remove it.");
    }
    return new Answer(item, null, null, List.of(), text);
  }

  private static String notAnOption(InstrumentItem item, String code) {
    return quote(code)
        + " is not one of the options ("
        + String.join(", ", item.options().stream().map(ItemOption::code).toList())
        + ").";
  }

  public List<Answer> answers() {
    return answers;
  }

  /** Sum of the scored scale answers. */
  public int scaleSum() {
    return answers.stream().filter(a -> a.score() != null).mapToInt(Answer::score).sum();
  }

  /** How many scale items were answered. */
  public int scaleCount() {
    return (int) answers.stream().filter(a -> a.score() != null).count();
  }

  /** The answers as given, keyed by item code in item order (what a draft stores). */
  public Map<String, Object> given() {
    Map<String, Object> map = new LinkedHashMap<>();
    answers.forEach(a -> map.put(a.item().code(), a.given()));
    return map;
  }
}
