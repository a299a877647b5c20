package kz.kenes.quiz.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.quiz.domain.Choice;
import kz.kenes.quiz.domain.PartialCredit;
import kz.kenes.quiz.domain.Question;
import kz.kenes.quiz.domain.QuestionType;
import kz.kenes.quiz.domain.Texts;

/**
 * The structured question form of the staff pages (docs/quizzes.md, "Editing questions one by
 * one"): reads a posted form into a {@link Question} of one type, with texts in kk, ru and en, and
 * says what is wrong by form field, as message keys the page shows next to the fields; writes a
 * question back into the form's values. The form works without JavaScript: the type is chosen
 * first, and the page shows the fields of that type only.
 *
 * <p>Fields: {@code code}, {@code text.<lang>}, {@code points}, {@code mandatory}, {@code
 * competencies} (one per line), {@code feedbackRight.<lang>}, {@code feedbackWrong.<lang>}; choice
 * rows {@code c<i>.text.<lang>}, {@code c<i>.feedback.<lang>}, {@code c<i>.id} (kept when editing)
 * and {@code c<i>.correct} (multiple choice), or {@code correct=<i>} (single choice); matching
 * targets {@code t<i>.text.<lang>} beside item {@code i} (a target without an item is a
 * distractor); {@code truth} (true/false); {@code number}, {@code tolerance}; {@code accepted} (one
 * per line), {@code caseSensitive}, {@code ignoreDiacritics}; {@code partialCredit}; {@code rows}
 * (how many choice rows the page had). A blank row is left out; ordering rows are in the right
 * order.
 */
public final class QuestionForm {

  /** Message keys of the form's errors start with this. */
  public static final String KEYS = "quizedit.error.";

  /** Rows the form shows at least, and blank rows beyond a question's choices. */
  static final int MIN_ROWS = 4;

  static final int SPARE_ROWS = 2;
  static final int MAX_FEEDBACK = 2000;

  /**
   * What the form read: the question when it holds, else the errors (form field to message key).
   */
  public record Read(Question question, Map<String, String> errors) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  private final Function<String, String> posted;
  private final QuestionType type;
  private final Map<String, String> errors = new LinkedHashMap<>();

  private QuestionForm(Function<String, String> posted, QuestionType type) {
    this.posted = posted;
    this.type = type;
  }

  /** The question type named by a form or link ({@code SINGLE_CHOICE}…); null when none is. */
  public static QuestionType type(String value) {
    if (value == null) {
      return null;
    }
    for (QuestionType t : QuestionType.values()) {
      if (t.name().equals(value.strip())) {
        return t;
      }
    }
    return null;
  }

  /**
   * Reads the posted values (first value of each field) as a question of {@code type}, checked as
   * the domain checks it.
   */
  public static Read read(QuestionType type, Map<String, String> values) {
    QuestionForm form = new QuestionForm(f -> values.getOrDefault(f, ""), type);
    Question question = form.question();
    if (question != null && form.errors.isEmpty()) {
      form.errors.putAll(errorsOf(type, question.problems("question")));
    }
    return new Read(form.errors.isEmpty() ? question : null, Map.copyOf(form.errors));
  }

  /**
   * The form fields and message keys of a refusal of the domain (its fields named {@code
   * question.<field>…}), for the page to show; a field it does not name goes under {@code form}.
   */
  public static Map<String, String> errorsOf(QuestionType type, DomainException refused) {
    if ("bank-code-taken".equals(refused.reason())) {
      return Map.of("code", "quizmore.error.bankCodeTaken");
    }
    if ("question-code-taken".equals(refused.reason())) {
      return Map.of("code", KEYS + "codeTaken");
    }
    Map<String, String> found = errorsOf(type, refused.fieldErrors());
    return found.isEmpty() ? Map.of("form", KEYS + "form") : found;
  }

  private static Map<String, String> errorsOf(QuestionType type, Map<String, String> problems) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (String key : problems.keySet()) {
      if (key.startsWith("outcomes")) {
        errors.putIfAbsent("outcomes", "quizmore.error.outcomes");
        continue;
      }
      String field = key.startsWith("question.") ? key.substring("question.".length()) : key;
      int dot = field.indexOf('.');
      field = dot < 0 ? field : field.substring(0, dot);
      switch (field) {
        case "correct", "choices" -> errors.putIfAbsent(field, KEYS + field + "." + type.name());
        case "code", "text", "points", "number", "tolerance", "accepted" ->
            errors.putIfAbsent(field, KEYS + field);
        case "targets" -> errors.putIfAbsent("choices", KEYS + field);
        default -> errors.putIfAbsent("form", KEYS + "form");
      }
    }
    return errors;
  }

  private Question question() {
    if (type == null) {
      errors.put("type", KEYS + "type");
      return null;
    }
    Question.Builder q =
        Question.builder(value("code"), type)
            .text(texts("text."))
            .points(decimal("points", 1.0))
            .mandatory(checked("mandatory"))
            .feedbackRight(texts("feedbackRight."))
            .feedbackWrong(texts("feedbackWrong."))
            .competencies(lines(value("competencies")));
    switch (type) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE, ORDERING -> choices(q);
      case MATCHING -> matching(q);
      case TRUE_FALSE -> {
        String truth = value("truth");
        q.correct("true".equals(truth) || "false".equals(truth) ? List.of(truth) : List.of());
      }
      case NUMERIC -> q.number(decimal("number", null)).tolerance(decimal("tolerance", 0.0));
      case SHORT_TEXT ->
          q.accepted(lines(value("accepted")))
              .caseSensitive(checked("caseSensitive"))
              .ignoreDiacritics(checked("ignoreDiacritics"));
    }
    if (type == QuestionType.MULTIPLE_CHOICE
        || type == QuestionType.MATCHING
        || type == QuestionType.ORDERING) {
      q.partialCredit(
          "PROPORTIONAL".equals(value("partialCredit"))
              ? PartialCredit.PROPORTIONAL
              : PartialCredit.ALL_OR_NOTHING);
    }
    return q.build();
  }

  private void choices(Question.Builder q) {
    List<Choice> choices = new ArrayList<>();
    List<String> correct = new ArrayList<>();
    Ids ids = new Ids("c");
    String single = value("correct");
    for (int i = 0; i < rows(); i++) {
      Map<String, String> text = texts("c" + i + ".text.");
      boolean marked =
          type == QuestionType.SINGLE_CHOICE
              ? String.valueOf(i).equals(single)
              : checked("c" + i + ".correct");
      if (text.isEmpty()) {
        if (marked) {
          errors.putIfAbsent("choices", KEYS + "markedBlank");
        }
        continue;
      }
      String id = ids.take(value("c" + i + ".id"));
      choices.add(new Choice(id, text, texts("c" + i + ".feedback.")));
      if (marked || type == QuestionType.ORDERING) {
        correct.add(id);
      }
    }
    q.choices(choices).correct(correct);
  }

  private void matching(Question.Builder q) {
    List<Choice> items = new ArrayList<>();
    List<Choice> targets = new ArrayList<>();
    List<String> correct = new ArrayList<>();
    Ids itemIds = new Ids("c");
    Ids targetIds = new Ids("t");
    for (int i = 0; i < rows(); i++) {
      Map<String, String> item = texts("c" + i + ".text.");
      Map<String, String> target = texts("t" + i + ".text.");
      if (target.isEmpty()) {
        if (!item.isEmpty()) {
          errors.putIfAbsent("choices", KEYS + "unmatched");
        }
        continue;
      }
      Choice same = targets.stream().filter(t -> t.text().equals(target)).findFirst().orElse(null);
      String targetId = same != null ? same.id() : targetIds.take(value("t" + i + ".id"));
      if (same == null) {
        targets.add(new Choice(targetId, target, null));
      }
      if (!item.isEmpty()) {
        String id = itemIds.take(value("c" + i + ".id"));
        items.add(new Choice(id, item, texts("c" + i + ".feedback.")));
        correct.add(id + "=" + targetId);
      }
    }
    q.choices(items).targets(targets).correct(correct);
  }

  /** The form's values for {@code question}, as the page shows them to edit it. */
  public static Map<String, String> values(Question question) {
    Map<String, String> v = new HashMap<>();
    v.put("code", question.code());
    v.put("type", question.type().name());
    putTexts(v, "text.", question.text());
    putTexts(v, "feedbackRight.", question.feedbackRight());
    putTexts(v, "feedbackWrong.", question.feedbackWrong());
    v.put("points", QuestionField.number(question.points()));
    v.put("mandatory", question.mandatory() ? "on" : null);
    v.put("competencies", String.join("\n", question.competencies()));
    v.put("partialCredit", question.partialCredit().name());
    if (question.type() == QuestionType.TRUE_FALSE && !question.correct().isEmpty()) {
      v.put("truth", question.correct().get(0));
    }
    v.put("number", question.number() == null ? "" : QuestionField.number(question.number()));
    v.put(
        "tolerance",
        question.tolerance() == null ? "" : QuestionField.number(question.tolerance()));
    v.put("accepted", String.join("\n", question.accepted()));
    v.put("caseSensitive", question.caseSensitive() ? "on" : null);
    v.put("ignoreDiacritics", question.ignoreDiacritics() ? "on" : null);
    Map<String, Choice> targetOf = new HashMap<>();
    for (String pair : question.correct()) {
      String[] parts = pair.split("=", 2);
      if (parts.length == 2) {
        question.targets().stream()
            .filter(t -> t.id().equals(parts[1]))
            .findFirst()
            .ifPresent(t -> targetOf.put(parts[0], t));
      }
    }
    List<Choice> choices = question.choices();
    int row = 0;
    for (; row < choices.size(); row++) {
      Choice c = choices.get(row);
      v.put("c" + row + ".id", c.id());
      putTexts(v, "c" + row + ".text.", c.text());
      putTexts(v, "c" + row + ".feedback.", c.feedback());
      if (question.correct().contains(c.id())) {
        v.put("c" + row + ".correct", "on");
        if (question.type() == QuestionType.SINGLE_CHOICE) {
          v.put("correct", String.valueOf(row));
        }
      }
      Choice target = targetOf.get(c.id());
      if (target != null) {
        v.put("t" + row + ".id", target.id());
        putTexts(v, "t" + row + ".text.", target.text());
      }
    }
    Set<Choice> matched = new HashSet<>(targetOf.values());
    for (Choice distractor : question.targets()) {
      if (!matched.contains(distractor)) {
        v.put("t" + row + ".id", distractor.id());
        putTexts(v, "t" + row + ".text.", distractor.text());
        row++;
      }
    }
    v.put("rows", String.valueOf(rowsFor(row)));
    return v;
  }

  /** How many rows the form shows for {@code filled} filled ones. */
  static int rowsFor(int filled) {
    return Math.min(Question.MAX_CHOICES, Math.max(MIN_ROWS, filled + SPARE_ROWS));
  }

  private static void putTexts(Map<String, String> v, String prefix, Map<String, String> texts) {
    texts.forEach((language, text) -> v.put(prefix + language, text));
  }

  private int rows() {
    try {
      int n = Integer.parseInt(value("rows").strip());
      return Math.max(0, Math.min(Question.MAX_CHOICES, n));
    } catch (NumberFormatException e) {
      return MIN_ROWS;
    }
  }

  private String value(String field) {
    String v = posted.apply(field);
    return v == null ? "" : v;
  }

  private boolean checked(String field) {
    return !value(field).isEmpty();
  }

  private Map<String, String> texts(String prefix) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String language : Texts.LANGUAGES) {
      String text = value(prefix + language).strip();
      if (!text.isEmpty()) {
        if (text.length() > Question.MAX_TEXT
            || (!prefix.startsWith("text") && text.length() > MAX_FEEDBACK)) {
          errors.putIfAbsent(prefix + language, KEYS + "tooLong");
        }
        texts.put(language, text);
      }
    }
    return texts;
  }

  private Double decimal(String field, Double otherwise) {
    String text = value(field).strip();
    if (text.isEmpty()) {
      return otherwise;
    }
    try {
      double d = Double.parseDouble(text.replace(',', '.'));
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException(text);
      }
      return d;
    } catch (NumberFormatException e) {
      errors.putIfAbsent(field, KEYS + "notANumber");
      return otherwise == null ? 0.0 : otherwise;
    }
  }

  static List<String> lines(String text) {
    return BankPages.lines(text);
  }

  /** Choice ids: the ones the form kept, when valid and unused, else new ones. */
  private static final class Ids {
    private final String prefix;
    private final Set<String> used = new HashSet<>();

    Ids(String prefix) {
      this.prefix = prefix;
    }

    String take(String kept) {
      if (kept != null && Question.CODE.matcher(kept).matches() && used.add(kept)) {
        return kept;
      }
      int n = 1;
      while (!used.add(prefix + n)) {
        n++;
      }
      return prefix + n;
    }
  }
}
