package kz.kenes.quiz.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kenes.platform.domain.InvalidInput;

/**
 * Reads questions written in Moodle's GIFT format: single choice ({@code {=right ~wrong}}),
 * multiple choice with weights ({@code {~%50%a ~%50%b ~%-100%c}}), true/false ({@code {T}}, {@code
 * {FALSE}}), short answer ({@code {=one =other}}), matching ({@code {=item -> target}}) and numeric
 * ({@code {#3.14:0.01}}, {@code {#1..2}}); a {@code ::title::} becomes the question's code; {@code
 * #feedback} after an answer is kept with it, and a true/false question's {@code {T#if wrong#if
 * right}} as its feedback for a wrong and a right answer. Questions are separated by blank lines;
 * {@code //} lines are comments; {@code \~ \= \# \{ \} \: \\} escape, {@code \n} is a line break.
 * Texts are taken as written, in the language given. Essays ({@code {}}) and Moodle's description
 * items are refused, with the line. {@link #write} writes questions back in GIFT.
 *
 * @see <a href="https://docs.moodle.org/en/GIFT_format">GIFT format</a>
 */
public final class Gift {

  private Gift() {}

  /**
   * The questions as GIFT, texts in {@code language} (or the question's first text), which Moodle's
   * question bank and {@link #parse} read back; see {@link GiftWriter} for what GIFT cannot carry.
   */
  public static String write(List<Question> questions, String language) {
    return GiftWriter.write(questions, language);
  }

  /** The questions of {@code text}, in {@code language}; refuses with each fault by question. */
  public static List<Question> parse(String text, String language) {
    Map<String, String> errors = new LinkedHashMap<>();
    List<Question> questions = new ArrayList<>();
    List<StringBuilder> blocks = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    StringBuilder current = null;
    String[] all = (text == null ? "" : text).split("\r?\n", -1);
    for (int i = 0; i < all.length; i++) {
      String line = all[i];
      if (line.strip().startsWith("//") || line.strip().startsWith("$CATEGORY")) {
        continue;
      }
      if (line.isBlank()) {
        current = null;
        continue;
      }
      if (current == null) {
        current = new StringBuilder();
        blocks.add(current);
        lines.add(i + 1);
      }
      current.append(line).append('\n');
    }
    for (int b = 0; b < blocks.size(); b++) {
      try {
        questions.add(question(blocks.get(b).toString().strip(), b + 1, language));
      } catch (IllegalArgumentException e) {
        errors.put("gift.line" + lines.get(b), "Line " + lines.get(b) + ": " + e.getMessage());
      }
    }
    if (questions.isEmpty() && errors.isEmpty()) {
      errors.put("gift", "No question found: write one question per paragraph.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput("invalid-gift", errors.values().iterator().next(), errors);
    }
    return questions;
  }

  private static Question question(String block, int number, String language) {
    String code = "q" + number;
    String rest = block;
    if (rest.startsWith("::")) {
      int end = rest.indexOf("::", 2);
      if (end < 0) {
        throw new IllegalArgumentException("a title opened with :: is not closed.");
      }
      String title = rest.substring(2, end).strip().replaceAll("[^A-Za-z0-9._-]+", "-");
      code = title.isEmpty() ? code : title.substring(0, Math.min(32, title.length()));
      rest = rest.substring(end + 2).strip();
    }
    int open = unescaped(rest, '{', 0);
    int close = open < 0 ? -1 : unescaped(rest, '}', open);
    if (open < 0 || close < 0) {
      throw new IllegalArgumentException("a question needs its answers in { }.");
    }
    String after = rest.substring(close + 1).strip();
    String stem =
        unescape(format(rest.substring(0, open)))
            + (after.isEmpty() ? "" : " _____ " + unescape(after));
    String answers = rest.substring(open + 1, close).strip();
    Map<String, String> text = Map.of(language, stem.strip());
    if (answers.isEmpty()) {
      throw new IllegalArgumentException("essay questions ({}) are not graded by Kenes.");
    }
    if (answers.startsWith("#")) {
      return numeric(code, text, answers.substring(1));
    }
    List<String> trueFalse = split(answers, "#");
    String word = trueFalse.get(0).strip().toUpperCase();
    if (List.of("T", "TRUE", "F", "FALSE").contains(word)) {
      boolean right = word.startsWith("T");
      // {T#shown when wrong#shown when right}; {T####general feedback} is not kept
      List<String> feedback =
          trueFalse.size() > 1 && !trueFalse.get(1).startsWith("###")
              ? split(trueFalse.get(1), "#")
              : List.of();
      return new Question(
          code,
          QuestionType.TRUE_FALSE,
          text,
          1,
          false,
          null,
          null,
          List.of(String.valueOf(right)),
          null,
          null,
          null,
          false,
          false,
          null,
          feedback.size() > 1 ? texts(feedback.get(1), language) : null,
          feedback.isEmpty() ? null : texts(feedback.get(0), language),
          null);
    }
    return choices(code, text, answers, language);
  }

  private static Question choices(
      String code, Map<String, String> text, String answers, String language) {
    List<String[]> parts = answers(answers);
    boolean anyWrong = parts.stream().anyMatch(p -> p[0].equals("~"));
    boolean matching = parts.stream().anyMatch(p -> p[1].contains("->"));
    List<Choice> choices = new ArrayList<>();
    List<String> correct = new ArrayList<>();
    if (matching) {
      List<Choice> targets = new ArrayList<>();
      Map<String, String> targetIds = new LinkedHashMap<>();
      for (String[] p : parts) {
        String[] pair = p[1].split("->", 2);
        if (pair.length != 2) {
          throw new IllegalArgumentException("every matching answer is =item -> target.");
        }
        String id = "c" + (choices.size() + 1);
        choices.add(new Choice(id, Map.of(language, unescape(pair[0].strip())), null));
        String target = unescape(pair[1].strip());
        String targetId = targetIds.computeIfAbsent(target, t -> "t" + (targetIds.size() + 1));
        if (targets.stream().noneMatch(t -> t.id().equals(targetId))) {
          targets.add(new Choice(targetId, Map.of(language, target), null));
        }
        correct.add(id + "=" + targetId);
      }
      return new Question(
          code,
          QuestionType.MATCHING,
          text,
          1,
          false,
          choices,
          targets,
          correct,
          null,
          null,
          null,
          false,
          false,
          PartialCredit.PROPORTIONAL,
          null,
          null,
          null);
    }
    if (!anyWrong && parts.stream().allMatch(p -> p[0].equals("="))) {
      List<String> accepted = parts.stream().map(p -> unescape(weightless(p[1]))).toList();
      return new Question(
          code,
          QuestionType.SHORT_TEXT,
          text,
          1,
          false,
          null,
          null,
          null,
          null,
          null,
          accepted,
          false,
          false,
          null,
          null,
          null,
          null);
    }
    boolean weighted = parts.stream().anyMatch(p -> p[1].startsWith("%"));
    for (String[] p : parts) {
      String id = "c" + (choices.size() + 1);
      double weight = p[0].equals("=") ? 100 : weight(p[1]);
      Map<String, String> feedback = p[2] == null ? null : Map.of(language, unescape(p[2]));
      choices.add(new Choice(id, Map.of(language, unescape(weightless(p[1]))), feedback));
      if (weight > 0) {
        correct.add(id);
      }
    }
    if (correct.isEmpty()) {
      throw new IllegalArgumentException("no answer is marked right (= or a positive %weight%).");
    }
    boolean multiple = weighted && correct.size() > 1;
    return new Question(
        code,
        multiple ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE,
        text,
        1,
        false,
        choices,
        null,
        correct,
        null,
        null,
        null,
        false,
        false,
        multiple ? PartialCredit.PROPORTIONAL : null,
        null,
        null,
        null);
  }

  private static Question numeric(String code, Map<String, String> text, String spec) {
    String value = split(spec, "#").get(0).strip();
    try {
      if (value.contains("..")) {
        String[] range = value.split("\\.\\.", 2);
        double low = Double.parseDouble(range[0].strip());
        double high = Double.parseDouble(range[1].strip());
        return numericQuestion(code, text, (low + high) / 2, Math.abs(high - low) / 2);
      }
      String[] parts = value.split(":", 2);
      double number = Double.parseDouble(parts[0].strip());
      double tolerance = parts.length == 2 ? Double.parseDouble(parts[1].strip()) : 0;
      return numericQuestion(code, text, number, tolerance);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a numeric answer is {#value:tolerance} or {#low..high}.");
    }
  }

  private static Question numericQuestion(
      String code, Map<String, String> text, double n, double tol) {
    return new Question(
        code,
        QuestionType.NUMERIC,
        text,
        1,
        false,
        null,
        null,
        null,
        n,
        tol,
        null,
        false,
        false,
        null,
        null,
        null,
        null);
  }

  /** Each answer as {marker, text, feedback or null}. */
  private static List<String[]> answers(String block) {
    List<String[]> parts = new ArrayList<>();
    int i = 0;
    while (i < block.length()) {
      char c = block.charAt(i);
      if ((c == '=' || c == '~') && (i == 0 || block.charAt(i - 1) != '\\')) {
        int next = i + 1;
        while (next < block.length()) {
          char n = block.charAt(next);
          if ((n == '=' || n == '~')
              && block.charAt(next - 1) != '\\'
              && !(n == '=' && next + 1 < block.length() && block.charAt(next + 1) == '>')
              && !(n == '=' && block.charAt(next - 1) == '-')) {
            break;
          }
          next++;
        }
        List<String> body = split(block.substring(i + 1, next), "#");
        parts.add(
            new String[] {
              String.valueOf(c), body.get(0).strip(), body.size() > 1 ? body.get(1).strip() : null
            });
        i = next;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else {
        throw new IllegalArgumentException("each answer starts with = (right) or ~ (wrong).");
      }
    }
    return parts;
  }

  private static String weightless(String answer) {
    return answer.startsWith("%") && answer.indexOf('%', 1) > 0
        ? answer.substring(answer.indexOf('%', 1) + 1).strip()
        : answer;
  }

  private static double weight(String answer) {
    if (!answer.startsWith("%") || answer.indexOf('%', 1) < 0) {
      return 0;
    }
    try {
      return Double.parseDouble(answer.substring(1, answer.indexOf('%', 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a weight is written %50%.");
    }
  }

  /** Splits at the first unescaped {@code separator}. */
  private static List<String> split(String text, String separator) {
    int at = unescaped(text, separator.charAt(0), 0);
    return at < 0 ? List.of(text) : List.of(text.substring(0, at), text.substring(at + 1));
  }

  private static int unescaped(String text, char wanted, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == '\\') {
        i++;
      } else if (text.charAt(i) == wanted) {
        return i;
      }
    }
    return -1;
  }

  private static String format(String stem) {
    return stem.strip().replaceFirst("^\\[(markdown|html|plain|moodle)\\]", "");
  }

  private static final Pattern ESCAPED = Pattern.compile("\\\\([~=#{}:\\\\n])");

  private static String unescape(String text) {
    Matcher m = ESCAPED.matcher(text);
    return m.replaceAll(e -> e.group(1).equals("n") ? "\n" : Matcher.quoteReplacement(e.group(1)))
        .strip();
  }

  private static Map<String, String> texts(String text, String language) {
    String plain = unescape(text);
    return plain.isEmpty() ? null : Map.of(language, plain);
  }
}
