package kz.kenes.quiz.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.persistence.Timestamps;

/**
 * One attempt of a learner at a quiz, kept for good: the paper it drew ({@link Paper}), the answers
 * saved so far, and once submitted the grade. Answers are taken until the deadline (a few seconds'
 * grace for the network); an attempt submitted after its deadline, or read after it unsubmitted, is
 * graded on the answers saved before it and counts as submitted at the deadline. Submitting again
 * changes nothing; two writes at once are told apart by the attempt's version, and the loser is
 * rolled back.
 */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt {

  /** How late after the deadline a save still counts: the request's time on the wire. */
  public static final Duration GRACE = Duration.ofSeconds(5);

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @Column(name = "quiz_id", nullable = false)
  private long quizId;

  @Column(name = "user_ref", nullable = false)
  private long userRef;

  @Column(name = "context_ref", nullable = false)
  private long contextRef;

  @Column(name = "resource_link_ref")
  private Long resourceLinkRef;

  @Column(name = "attempt_no", nullable = false)
  private int number;

  @Convert(converter = PaperConverter.class)
  @Column(name = "paper", nullable = false)
  private Paper paper;

  @Convert(converter = AnswersConverter.class)
  @Column(name = "answers", nullable = false)
  private Answers answers;

  @Column(name = "started_at", nullable = false)
  private LocalDateTime startedAt;

  @Column(name = "deadline_at")
  private LocalDateTime deadlineAt;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  @Column(name = "auto_submitted", nullable = false)
  private boolean autoSubmitted;

  @Column(name = "score")
  private Double score;

  @Column(name = "max_score", nullable = false)
  private double maxScore;

  @Column(name = "correct_count")
  private Integer correct;

  @Column(name = "question_count", nullable = false)
  private int questionCount;

  @Column(name = "percent")
  private Double percent;

  @Column(name = "passed")
  private Boolean passed;

  /** Optimistic lock: of two writes of the same attempt at once (a double submit) one fails. */
  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected QuizAttempt() {}

  /**
   * Attempt {@code number} of a learner at a quiz, started now on {@code paper}.
   *
   * @param timeLimit the time the learner has, if limited (extensions included)
   */
  public static QuizAttempt start(
      long quizId,
      long userRef,
      long contextRef,
      Long resourceLinkRef,
      int number,
      Paper paper,
      Optional<Duration> timeLimit,
      Instant now) {
    QuizAttempt a = new QuizAttempt();
    a.quizId = quizId;
    a.userRef = userRef;
    a.contextRef = contextRef;
    a.resourceLinkRef = resourceLinkRef;
    a.number = number;
    a.paper = paper;
    a.answers = Answers.none();
    a.startedAt = Timestamps.toColumn(now);
    a.deadlineAt = timeLimit.map(t -> Timestamps.toColumn(now.plus(t))).orElse(null);
    a.questionCount = paper.questions().size();
    a.maxScore = paper.questions().stream().mapToDouble(Question::points).sum();
    return a;
  }

  /**
   * Keeps {@code given} (by question code) over the answers saved so far.
   *
   * @throws Conflict {@code attempt-submitted} once submitted, {@code time-limit-passed} after the
   *     deadline
   */
  public void save(Map<String, List<String>> given, Instant now) {
    if (isSubmitted()) {
      throw new Conflict("attempt-submitted", "This attempt is already submitted.");
    }
    if (isPastDeadline(now)) {
      throw new Conflict(
          "time-limit-passed",
          "The time of this attempt is over: answers after its deadline are not taken.");
    }
    answers = answers.merge(paper, given);
  }

  /**
   * Submits the attempt with {@code given} laid over the saved answers (ignored after the deadline:
   * then the saved answers are graded, as at the deadline).
   *
   * @return false when it was already submitted (nothing changed)
   * @throws InvalidInput {@code mandatory-unanswered} when a mandatory question has no answer and
   *     there is still time
   */
  public boolean submit(Map<String, List<String>> given, PassRule rule, Instant now) {
    if (isSubmitted()) {
      return false;
    }
    boolean late = isPastDeadline(now);
    if (!late && given != null) {
      answers = answers.merge(paper, given);
    }
    if (!late) {
      List<String> missing =
          paper.questions().stream()
              .filter(q -> q.mandatory() && answers.of(q.code()).stream().allMatch(String::isBlank))
              .map(Question::code)
              .toList();
      if (!missing.isEmpty()) {
        throw new InvalidInput(
            "mandatory-unanswered",
            "Answer every mandatory question before submitting: " + String.join(", ", missing),
            Map.of("answers." + missing.get(0), "This question must be answered."));
      }
    }
    finish(rule, late ? deadline().orElseThrow() : now, late);
    return true;
  }

  /** Submits an attempt whose deadline has passed, on its saved answers; false when not due. */
  public boolean submitIfExpired(PassRule rule, Instant now) {
    if (isSubmitted() || !isPastDeadline(now)) {
      return false;
    }
    finish(rule, deadline().orElseThrow(), true);
    return true;
  }

  private void finish(PassRule rule, Instant at, boolean auto) {
    QuizGrade grade = grade(rule);
    this.score = grade.score();
    this.maxScore = grade.maxScore();
    this.correct = grade.correct();
    this.percent = grade.percent();
    this.passed = grade.passed();
    this.submittedAt = Timestamps.toColumn(at);
    this.autoSubmitted = auto;
  }

  /** The grade of the answers as they stand (the stored one once submitted). */
  public QuizGrade grade(PassRule rule) {
    return QuizGrade.of(paper.questions(), answers.values(), rule);
  }

  public boolean isPastDeadline(Instant now) {
    return deadline().map(d -> now.isAfter(d.plus(GRACE))).orElse(false);
  }

  public boolean isSubmitted() {
    return submittedAt != null;
  }

  public Long id() {
    return id;
  }

  public long quizId() {
    return quizId;
  }

  public long userRef() {
    return userRef;
  }

  public long contextRef() {
    return contextRef;
  }

  public Optional<Long> resourceLinkRef() {
    return Optional.ofNullable(resourceLinkRef);
  }

  public int number() {
    return number;
  }

  public Paper paper() {
    return paper;
  }

  public Answers answers() {
    return answers;
  }

  public Instant startedAt() {
    return Timestamps.fromColumn(startedAt);
  }

  public Optional<Instant> deadline() {
    return Optional.ofNullable(deadlineAt).map(Timestamps::fromColumn);
  }

  public Optional<Instant> submittedAt() {
    return Optional.ofNullable(submittedAt).map(Timestamps::fromColumn);
  }

  public boolean autoSubmitted() {
    return autoSubmitted;
  }

  public double score() {
    return score == null ? 0 : score;
  }

  public double maxScore() {
    return maxScore;
  }

  public int correct() {
    return correct == null ? 0 : correct;
  }

  public int questionCount() {
    return questionCount;
  }

  public double percent() {
    return percent == null ? 0 : percent;
  }

  public boolean passed() {
    return Boolean.TRUE.equals(passed);
  }

  /** Time spent: start to submission (or to now while in progress). */
  public Duration timeSpent(Instant now) {
    return Duration.between(startedAt(), submittedAt().orElse(now));
  }
}
