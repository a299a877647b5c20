package kz.kenes.quiz.domain;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One question of a quiz: what it asks, in kk/ru/en, and the right answer by its type. An immutable
 * value, stored as JSON with its quiz and copied into every attempt that draws it, so that a later
 * edit never changes an attempt already made.
 *
 * @param code stable within the quiz (answers and statistics name the question by it)
 * @param choices the options (single and multiple choice), the items to match (matching) or to put
 *     in order (ordering)
 * @param targets what matching items are matched to
 * @param correct the right choice ids (choice questions); {@code true} or {@code false}; {@code
 *     <choice>=<target>} pairs (matching); the choice ids in the right order (ordering)
 * @param number the right value of a numeric question, {@code tolerance} either side
 * @param accepted the accepted answers of a short text question
 * @param caseSensitive whether a short text answer must match case
 * @param ignoreDiacritics whether a short text answer may leave out accents ({@code е} for {@code
 *     ё})
 * @param mandatory the learner must answer it before submitting (a time-out submits anyway)
 * @param competencies the competencies and learning outcomes it checks (tags)
 */
public record Question(
    String code,
    QuestionType type,
    Map<String, String> text,
    double points,
    boolean mandatory,
    List<Choice> choices,
    List<Choice> targets,
    List<String> correct,
    Double number,
    Double tolerance,
    List<String> accepted,
    boolean caseSensitive,
    boolean ignoreDiacritics,
    PartialCredit partialCredit,
    Map<String, String> feedbackRight,
    Map<String, String> feedbackWrong,
    List<String> competencies) {

  /** A question code: letters, digits, dot, dash, underscore. */
  public static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,32}");

  public static final int MAX_TEXT = 4000;
  public static final int MAX_CHOICES = 30;

  public Question {
    text = text == null ? Map.of() : Map.copyOf(text);
    choices = choices == null ? List.of() : List.copyOf(choices);
    targets = targets == null ? List.of() : List.copyOf(targets);
    correct = correct == null ? List.of() : List.copyOf(correct);
    accepted = accepted == null ? List.of() : List.copyOf(accepted);
    partialCredit = partialCredit == null ? PartialCredit.ALL_OR_NOTHING : partialCredit;
    feedbackRight = feedbackRight == null ? Map.of() : Map.copyOf(feedbackRight);
    feedbackWrong = feedbackWrong == null ? Map.of() : Map.copyOf(feedbackWrong);
    competencies = competencies == null ? List.of() : List.copyOf(competencies);
  }

  /** The same question with its choices in another order (an attempt's shuffle). */
  public Question withChoices(List<Choice> reordered) {
    return edit().choices(reordered).build();
  }

  /** The same question under another code (a bank question in a paper, an import's renaming). */
  public Question withCode(String newCode) {
    return edit().code(newCode).build();
  }

  /** The same question with other competency tags. */
  public Question withCompetencies(List<String> tags) {
    return edit().competencies(tags).build();
  }

  /**
   * A builder holding every field of this question: the one place that copies a question, so that a
   * field added to the record is copied everywhere by adding it here.
   */
  public Builder edit() {
    return new Builder(this);
  }

  /** A builder of a new question of {@code type}, worth 1 point, with nothing else yet. */
  public static Builder builder(String code, QuestionType type) {
    return new Builder(
        new Question(
            code, type, null, 1, false, null, null, null, null, null, null, false, false, null,
            null, null, null));
  }

  /** Every field of a question, to change some and build a new question. */
  public static final class Builder {
    private String code;
    private QuestionType type;
    private Map<String, String> text;
    private double points;
    private boolean mandatory;
    private List<Choice> choices;
    private List<Choice> targets;
    private List<String> correct;
    private Double number;
    private Double tolerance;
    private List<String> accepted;
    private boolean caseSensitive;
    private boolean ignoreDiacritics;
    private PartialCredit partialCredit;
    private Map<String, String> feedbackRight;
    private Map<String, String> feedbackWrong;
    private List<String> competencies;

    private Builder(Question q) {
      code = q.code;
      type = q.type;
      text = q.text;
      points = q.points;
      mandatory = q.mandatory;
      choices = q.choices;
      targets = q.targets;
      correct = q.correct;
      number = q.number;
      tolerance = q.tolerance;
      accepted = q.accepted;
      caseSensitive = q.caseSensitive;
      ignoreDiacritics = q.ignoreDiacritics;
      partialCredit = q.partialCredit;
      feedbackRight = q.feedbackRight;
      feedbackWrong = q.feedbackWrong;
      competencies = q.competencies;
    }

    /** Another type: the caller gives the fields that type needs ({@link QuestionTypeChange}). */
    public Builder type(QuestionType value) {
      type = value;
      return this;
    }

    public Builder code(String value) {
      code = value;
      return this;
    }

    public Builder text(Map<String, String> value) {
      text = value;
      return this;
    }

    public Builder points(double value) {
      points = value;
      return this;
    }

    public Builder mandatory(boolean value) {
      mandatory = value;
      return this;
    }

    public Builder choices(List<Choice> value) {
      choices = value;
      return this;
    }

    public Builder targets(List<Choice> value) {
      targets = value;
      return this;
    }

    public Builder correct(List<String> value) {
      correct = value;
      return this;
    }

    public Builder number(Double value) {
      number = value;
      return this;
    }

    public Builder tolerance(Double value) {
      tolerance = value;
      return this;
    }

    public Builder accepted(List<String> value) {
      accepted = value;
      return this;
    }

    public Builder caseSensitive(boolean value) {
      caseSensitive = value;
      return this;
    }

    public Builder ignoreDiacritics(boolean value) {
      ignoreDiacritics = value;
      return this;
    }

    public Builder partialCredit(PartialCredit value) {
      partialCredit = value;
      return this;
    }

    public Builder feedbackRight(Map<String, String> value) {
      feedbackRight = value;
      return this;
    }

    public Builder feedbackWrong(Map<String, String> value) {
      feedbackWrong = value;
      return this;
    }

    public Builder competencies(List<String> value) {
      competencies = value;
      return this;
    }

    public Question build() {
      return new Question(
          code,
          type,
          text,
          points,
          mandatory,
          choices,
          targets,
          correct,
          number,
          tolerance,
          accepted,
          caseSensitive,
          ignoreDiacritics,
          partialCredit,
          feedbackRight,
          feedbackWrong,
          competencies);
    }
  }

  /** The choice with {@code id}, if any. */
  public java.util.Optional<Choice> choice(String id) {
    return choices.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * What is wrong with this question, by field under {@code prefix} (e.g. {@code
   * questions[2].correct}); empty when it can be asked and graded.
   */
  public Map<String, String> problems(String prefix) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (code == null || !CODE.matcher(code).matches()) {
      errors.put(prefix + ".code", "A question code is 1 to 32 letters, digits, '.', '-' or '_'.");
    }
    if (type == null) {
      errors.put(prefix + ".type", "Say the question's type.");
      return errors;
    }
    if (Texts.in(text, "en").isBlank()) {
      errors.put(prefix + ".text", "Write the question in at least one of kk, ru, en.");
    }
    text.forEach(
        (language, value) -> {
          if (!Texts.LANGUAGES.contains(language)) {
            errors.put(prefix + ".text." + language, "Texts are in kk, ru or en.");
          } else if (value != null && value.length() > MAX_TEXT) {
            errors.put(prefix + ".text." + language, "A question has at most 4000 characters.");
          }
        });
    if (!(points > 0) || points > 1000) {
      errors.put(prefix + ".points", "A question is worth more than 0 and at most 1000 points.");
    }
    typeProblems(prefix, errors);
    return errors;
  }

  private void typeProblems(String prefix, Map<String, String> errors) {
    Set<String> ids = new HashSet<>();
    for (Choice c : choices) {
      if (!CODE.matcher(c.id()).matches() || !ids.add(c.id())) {
        errors.put(prefix + ".choices", "Choice ids are distinct codes of 1 to 32 characters.");
      }
    }
    if (type.hasChoices() && (choices.size() < 2 || choices.size() > MAX_CHOICES)) {
      errors.put(prefix + ".choices", "This type of question needs 2 to 30 choices.");
    }
    switch (type) {
      case SINGLE_CHOICE -> {
        if (correct.size() != 1 || !ids.contains(correct.get(0))) {
          errors.put(prefix + ".correct", "Name the one right choice.");
        }
      }
      case MULTIPLE_CHOICE -> {
        if (correct.isEmpty() || !ids.containsAll(correct)) {
          errors.put(prefix + ".correct", "Name the right choices, at least one.");
        }
      }
      case TRUE_FALSE -> {
        if (correct.size() != 1 || !List.of("true", "false").contains(correct.get(0))) {
          errors.put(prefix + ".correct", "A true/false question is right with true or false.");
        }
      }
      case NUMERIC -> {
        if (number == null || number.isNaN() || number.isInfinite()) {
          errors.put(prefix + ".number", "Give the right number.");
        }
        if (tolerance != null && !(tolerance >= 0)) {
          errors.put(prefix + ".tolerance", "A tolerance is zero or more.");
        }
      }
      case SHORT_TEXT -> {
        if (accepted.isEmpty() || accepted.stream().anyMatch(a -> a == null || a.isBlank())) {
          errors.put(prefix + ".accepted", "Give at least one accepted answer, none blank.");
        }
      }
      case MATCHING -> matchingProblems(prefix, ids, errors);
      case ORDERING -> {
        if (correct.size() != choices.size() || !new HashSet<>(correct).equals(ids)) {
          errors.put(prefix + ".correct", "Give every choice once, in the right order.");
        }
      }
    }
  }

  private void matchingProblems(String prefix, Set<String> ids, Map<String, String> errors) {
    Set<String> targetIds = new HashSet<>();
    targets.forEach(t -> targetIds.add(t.id()));
    if (targets.isEmpty() || targetIds.size() != targets.size()) {
      errors.put(prefix + ".targets", "A matching question needs distinct targets.");
    }
    Set<String> matched = new HashSet<>();
    for (String pair : correct) {
      String[] parts = pair.split("=", 2);
      if (parts.length != 2
          || !ids.contains(parts[0])
          || !targetIds.contains(parts[1])
          || !matched.add(parts[0])) {
        errors.put(prefix + ".correct", "Match every choice once: <choice>=<target>.");
      }
    }
    if (!matched.equals(ids)) {
      errors.put(prefix + ".correct", "Match every choice once: <choice>=<target>.");
    }
  }
}
