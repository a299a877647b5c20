package kz.kenes.quiz.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.persistence.Timestamps;

/**
 * A question of the question bank of one program module (named by the module's stable id, not a
 * version): a {@link Question} of any type, with its competency tags ({@link
 * Question#competencies()}) and its learning-outcome tags. Quizzes of the courses that deliver the
 * module draw from the bank in pools ({@link PoolDraw}); an attempt keeps its own copy of what it
 * drew ({@link #asDrawn()}), so editing or removing a bank question never changes an attempt made.
 */
@Entity
@Table(name = "bank_question")
public class BankQuestion {

  /** The most tags of either kind one question carries. */
  public static final int MAX_TAGS = 20;

  /** The longest tag. */
  public static final int MAX_TAG = 200;

  /**
   * What the code of a bank question drawn into a paper starts with ({@code bank-<id>}): a quiz's
   * own questions may not use it, so a paper's codes never clash.
   */
  public static final String PAPER_PREFIX = "bank-";

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @Column(name = "program_id", nullable = false)
  private long programId;

  @Column(name = "module_id", nullable = false)
  private long moduleId;

  @Column(name = "code", nullable = false)
  private String code;

  @Convert(converter = QuestionConverter.class)
  @Column(name = "question", nullable = false)
  private Question question;

  @Convert(converter = TagListConverter.class)
  @Column(name = "outcomes", nullable = false)
  private TagList outcomes;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "bank_question_tag", joinColumns = @JoinColumn(name = "question_id"))
  private Set<BankTag> tags = new HashSet<>();

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected BankQuestion() {}

  /** A new question of module {@code moduleId}'s bank; refuses an invalid one naming each field. */
  public static BankQuestion add(
      long programId,
      long moduleId,
      Question question,
      List<String> outcomes,
      Long createdBy,
      Instant now) {
    BankQuestion q = new BankQuestion();
    q.programId = programId;
    q.moduleId = moduleId;
    q.createdBy = createdBy;
    q.createdAt = Timestamps.toColumn(now);
    q.revise(question, outcomes, now);
    return q;
  }

  /** Replaces the question and its tags; attempts that drew it keep their copy. */
  public void revise(Question question, List<String> outcomes, Instant now) {
    Map<String, String> errors = problems(question, outcomes);
    if (!errors.isEmpty()) {
      Map.Entry<String, String> first = errors.entrySet().iterator().next();
      throw new InvalidInput(
          "invalid-bank-question", first.getKey() + ": " + first.getValue(), errors);
    }
    List<String> competencies = clean(question.competencies());
    this.question = question.withCompetencies(competencies);
    this.code = question.code();
    this.outcomes = new TagList(clean(outcomes));
    Set<BankTag> keys = new HashSet<>();
    competencies.forEach(c -> keys.add(new BankTag(BankTag.Kind.COMPETENCY, c)));
    this.outcomes.items().forEach(o -> keys.add(new BankTag(BankTag.Kind.OUTCOME, o)));
    this.tags.retainAll(keys);
    this.tags.addAll(keys);
    this.updatedAt = Timestamps.toColumn(now);
  }

  /** What is wrong with a bank question, by field ({@code question.text}, {@code outcomes[1]}). */
  static Map<String, String> problems(Question question, List<String> outcomes) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (question == null) {
      errors.put("question", "Send the question: {code, type, text, points, ...}.");
      return errors;
    }
    errors.putAll(question.problems("question"));
    tagProblems("question.competencies", question.competencies(), errors);
    tagProblems("outcomes", outcomes == null ? List.of() : outcomes, errors);
    return errors;
  }

  private static void tagProblems(String field, List<String> tags, Map<String, String> errors) {
    if (tags.size() > MAX_TAGS) {
      errors.put(field, "A question has at most " + MAX_TAGS + " tags of each kind.");
    }
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      if (tag == null || tag.isBlank() || tag.strip().length() > MAX_TAG) {
        errors.put(field + "[" + i + "]", "A tag has 1 to " + MAX_TAG + " characters.");
      } else if (tag.indexOf('\0') >= 0) {
        errors.put(field + "[" + i + "]", "A tag may not contain NUL characters.");
      }
    }
  }

  /** The tags stripped, each once (by key), in their first order. */
  private static List<String> clean(List<String> tags) {
    List<String> kept = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (String tag : tags == null ? List.<String>of() : tags) {
      if (keys.add(BankTag.key(tag))) {
        kept.add(tag.strip().replaceAll("\\s+", " "));
      }
    }
    return kept;
  }

  /** Whether this question carries the tags a pool asks for (a null tag asks for none). */
  public boolean matches(String competency, String outcome) {
    return has(BankTag.Kind.COMPETENCY, competency) && has(BankTag.Kind.OUTCOME, outcome);
  }

  private boolean has(BankTag.Kind kind, String tag) {
    String key = BankTag.key(tag);
    return key == null
        || tags.stream().anyMatch(t -> t.kind().equals(kind.column()) && t.tagKey().equals(key));
  }

  /**
   * The question as an attempt's paper holds it: coded {@code bank-<id>}, so that it never clashes
   * with the quiz's own questions nor with another bank's.
   */
  public Question asDrawn() {
    return question.withCode(PAPER_PREFIX + id);
  }

  public Long id() {
    return id;
  }

  public long programId() {
    return programId;
  }

  public long moduleId() {
    return moduleId;
  }

  public String code() {
    return code;
  }

  public Question question() {
    return question;
  }

  public List<String> competencies() {
    return question.competencies();
  }

  public List<String> outcomes() {
    return outcomes.items();
  }

  public Instant createdAt() {
    return Timestamps.fromColumn(createdAt);
  }

  public Instant updatedAt() {
    return Timestamps.fromColumn(updatedAt);
  }
}
