package kz.kenes.quiz.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.persistence.ReadMostlyListener;
import kz.kenes.platform.persistence.Timestamps;

/**
 * A quiz of a course (an LTI context): a title, its questions and its {@link QuizSettings}. Staff
 * of the course author it; its learners take it in attempts ({@link QuizAttempt}). Placed in a
 * course page by deep linking as {@code quiz:<id>}.
 */
@Entity
@Table(name = "quiz")
@EntityListeners(ReadMostlyListener.class)
public class Quiz {

  public static final String ACTIVITY_TYPE = "quiz";
  public static final int MAX_TITLE = 200;
  public static final int MAX_QUESTIONS = 200;

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @Column(name = "context_ref", nullable = false)
  private long contextRef;

  @Column(name = "title", nullable = false)
  private String title;

  @Convert(converter = QuestionListConverter.class)
  @Column(name = "questions", nullable = false)
  private QuestionList questions;

  @Convert(converter = QuizSettingsConverter.class)
  @Column(name = "settings", nullable = false)
  private QuizSettings settings;

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  protected Quiz() {}

  /** A new quiz of course {@code contextRef}; refuses an invalid one with every field at fault. */
  public static Quiz create(
      long contextRef,
      String title,
      List<Question> questions,
      QuizSettings settings,
      Long createdBy,
      Instant now) {
    Quiz quiz = new Quiz();
    quiz.contextRef = contextRef;
    quiz.createdBy = createdBy;
    quiz.createdAt = Timestamps.toColumn(now);
    quiz.revise(title, questions, settings, now);
    return quiz;
  }

  /** Replaces the title, questions and settings; attempts already made keep their own copy. */
  public void revise(String title, List<Question> questions, QuizSettings settings, Instant now) {
    Map<String, String> errors = new LinkedHashMap<>();
    String cleanTitle = title == null ? "" : title.strip();
    if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
      errors.put("title", "A quiz has a title of 1 to 200 characters.");
    }
    List<Question> list = questions == null ? List.of() : questions;
    QuizSettings s = settings == null ? QuizSettings.defaults() : settings;
    if (list.size() > MAX_QUESTIONS) {
      errors.put("questions", "A quiz has at most 200 questions of its own.");
    } else if (list.isEmpty() && s.pools().isEmpty()) {
      errors.put("questions", "A quiz has 1 to 200 questions, or draws from a pool.");
    } else if (list.size() + s.pooled() > MAX_QUESTIONS) {
      errors.put("questions", "An attempt asks at most 200 questions, pools included.");
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Question q = list.get(i);
      if (q == null) {
        errors.put("questions[" + i + "]", "A question is missing.");
        continue;
      }
      errors.putAll(q.problems("questions[" + i + "]"));
      if (q.code() != null && !codes.add(q.code())) {
        errors.put("questions[" + i + "].code", "Question codes are distinct within a quiz.");
      } else if (q.code() != null && q.code().startsWith(BankQuestion.PAPER_PREFIX)) {
        errors.put(
            "questions[" + i + "].code",
            "Codes starting with 'bank-' are kept for questions drawn from a bank.");
      }
    }
    errors.putAll(s.problems(list.size()));
    if (!errors.isEmpty()) {
      throw new InvalidInput("invalid-quiz", summary(errors), errors);
    }
    this.title = cleanTitle;
    this.questions = new QuestionList(list);
    this.settings = s;
    this.updatedAt = Timestamps.toColumn(now);
  }

  /**
   * Adds {@code question} after the quiz's own questions. Refused with the question's fields at
   * fault under {@code question.}, or 409 {@code question-code-taken}.
   */
  public void addQuestion(Question question, Instant now) {
    requireValid(question);
    if (indexOf(question.code()) >= 0) {
      throw new QuestionCodeTaken(question.code());
    }
    List<Question> list = new java.util.ArrayList<>(questions());
    list.add(question);
    revise(title, list, settings, now);
  }

  /**
   * Replaces the question {@code code} in its place; the new one may carry another code that no
   * other question of the quiz has. Attempts already made keep the question as they drew it.
   */
  public void replaceQuestion(String code, Question question, Instant now) {
    int at = requireIndex(code);
    requireValid(question);
    int other = indexOf(question.code());
    if (other >= 0 && other != at) {
      throw new QuestionCodeTaken(question.code());
    }
    List<Question> list = new java.util.ArrayList<>(questions());
    list.set(at, question);
    revise(title, list, settings, now);
  }

  /** Removes the question {@code code}; the last one goes only when a pool draws questions. */
  public void removeQuestion(String code, Instant now) {
    int at = requireIndex(code);
    List<Question> list = new java.util.ArrayList<>(questions());
    list.remove(at);
    revise(title, list, settings, now);
  }

  /**
   * Moves the question {@code code} one place up ({@code -1}) or down ({@code 1}); at either end it
   * stays where it is.
   */
  public void moveQuestion(String code, int step, Instant now) {
    if (step != -1 && step != 1) {
      throw new InvalidInput("direction", "A question moves up or down, one place at a time.");
    }
    int at = requireIndex(code);
    int to = at + step;
    List<Question> list = new java.util.ArrayList<>(questions());
    if (to >= 0 && to < list.size()) {
      java.util.Collections.swap(list, at, to);
      revise(title, list, settings, now);
    }
  }

  /** The question {@code code} of the quiz's own. */
  public java.util.Optional<Question> question(String code) {
    int at = indexOf(code);
    return at < 0 ? java.util.Optional.empty() : java.util.Optional.of(questions().get(at));
  }

  private int indexOf(String code) {
    List<Question> list = questions();
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  private int requireIndex(String code) {
    int at = indexOf(code);
    if (at < 0) {
      throw new kz.kenes.platform.domain.NotFound(
          "question-not-found", "Quiz " + id + " has no question '" + code + "'.");
    }
    return at;
  }

  private static void requireValid(Question question) {
    if (question == null) {
      throw new InvalidInput("question", "Send the question as JSON: {code, type, text, ...}.");
    }
    Map<String, String> errors = new LinkedHashMap<>(question.problems("question"));
    if (question.code() != null && question.code().startsWith(BankQuestion.PAPER_PREFIX)) {
      errors.put(
          "question.code", "Codes starting with 'bank-' are kept for questions drawn from a bank.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput("invalid-question", summary(errors), errors);
    }
  }

  private static String summary(Map<String, String> errors) {
    Map.Entry<String, String> first = errors.entrySet().iterator().next();
    return errors.size() == 1
        ? first.getKey() + ": " + first.getValue()
        : errors.size() + " fields are invalid; " + first.getKey() + ": " + first.getValue();
  }

  public String reference() {
    return ACTIVITY_TYPE + ":" + id;
  }

  public Long id() {
    return id;
  }

  public long contextRef() {
    return contextRef;
  }

  public String title() {
    return title;
  }

  public List<Question> questions() {
    return questions.items();
  }

  public QuizSettings settings() {
    return settings;
  }

  /**
   * How many questions an attempt asks: the quiz's own (all, or its draw) and what its pools draw
   * (fewer when a bank shrank since the quiz was saved).
   */
  public int asked() {
    int own = questions().size();
    return (settings.draw() == 0 ? own : Math.min(settings.draw(), own)) + settings.pooled();
  }

  public Instant createdAt() {
    return Timestamps.fromColumn(createdAt);
  }

  public Instant updatedAt() {
    return Timestamps.fromColumn(updatedAt);
  }
}
