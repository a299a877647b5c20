package kz.kenes.quiz.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
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
import kz.kenes.platform.persistence.Timestamps;

/**
 * A quiz of a course (an LTI context): a title, its questions and its {@link QuizSettings}. Staff
 * of the course author it; its learners take it in attempts ({@link QuizAttempt}). Placed in a
 * course page by deep linking as {@code quiz:<id>}.
 */
@Entity
@Table(name = "quiz")
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
