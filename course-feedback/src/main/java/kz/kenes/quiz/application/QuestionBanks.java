package kz.kenes.quiz.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.db.DatabaseFailures;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.quiz.application.BankAccess.Bank;
import kz.kenes.quiz.domain.BankQuestion;
import kz.kenes.quiz.domain.BankQuestionRepository;
import kz.kenes.quiz.domain.Gift;
import kz.kenes.quiz.domain.MoodleXml;
import kz.kenes.quiz.domain.Question;
import kz.kenes.quiz.domain.Texts;

/**
 * The question bank of a program module (docs/quizzes.md, "Question banks and pools"): its managers
 * ({@link BankAccess}) list its questions a page at a time, filtered by a competency or learning
 * outcome tag, add, edit and remove questions one by one, and import questions written in GIFT or
 * exported as Moodle XML. A code is unique within a bank; an import renames a taken code ({@code
 * -2}, {@code -3}, …). A removed question stays in the attempts that drew it (their own copy).
 */
@ApplicationScoped
public class QuestionBanks {

  /** The most questions one import adds. */
  public static final int MAX_IMPORT = 1000;

  @Inject BankAccess access;
  @Inject kz.kenes.program.application.CoursePlanning planning;
  @Inject BankQuestionRepository questions;
  @Inject Clock clock;

  /** A question of a bank as its managers send it: the question and its learning outcomes. */
  public record QuestionDraft(Question question, List<String> outcomes) {}

  /** A bank with how many questions it holds. */
  public record BankSummary(Bank bank, long size) {}

  /** A page of a bank's questions. */
  public record Page(Bank bank, List<BankQuestion> items, long total) {}

  /** Which text an import reads. */
  public enum Format {
    GIFT,
    MOODLE_XML
  }

  /**
   * The banks of the modules the caller's course delivers (a staff session launched from a course),
   * with their sizes: what its quizzes may draw from.
   */
  public List<BankSummary> ofCourse(KenesSession session) {
    access.requireStaff(Optional.of(session));
    if (session.contextRef() == null) {
      return List.of();
    }
    return planning.deliveredModules(session.contextRef()).stream()
        .map(m -> new BankSummary(Bank.of(m), questions.count(m.id(), null, null)))
        .toList();
  }

  public BankSummary bank(Optional<KenesSession> caller, long moduleId) {
    Bank bank = access.require(caller, moduleId);
    return new BankSummary(bank, questions.count(moduleId, null, null));
  }

  /** A page of the bank's questions carrying the tags (null: any), oldest first. */
  public Page list(
      Optional<KenesSession> caller,
      long moduleId,
      String competency,
      String outcome,
      int offset,
      int limit) {
    Bank bank = access.require(caller, moduleId);
    return new Page(
        bank,
        questions.findPage(moduleId, competency, outcome, offset, limit),
        questions.count(moduleId, competency, outcome));
  }

  public BankQuestion question(Optional<KenesSession> caller, long moduleId, long questionId) {
    access.require(caller, moduleId);
    return ofBank(moduleId, questionId);
  }

  /** A code {@code q<n>} no question of the bank has, to suggest for a new one. */
  public String freeCode(Optional<KenesSession> caller, long moduleId) {
    access.require(caller, moduleId);
    java.util.Set<String> taken = new java.util.HashSet<>(questions.codes(moduleId));
    int n = taken.size() + 1;
    while (taken.contains("q" + n)) {
      n++;
    }
    return "q" + n;
  }

  public BankQuestion add(Optional<KenesSession> caller, long moduleId, QuestionDraft draft) {
    Bank bank = access.require(caller, moduleId);
    QuestionDraft d = required(draft);
    BankQuestion q =
        BankQuestion.add(
            bank.programId(), moduleId, d.question(), d.outcomes(), userOf(caller), now());
    if (questions.codes(moduleId).contains(q.code())) {
      throw codeTaken(q.code());
    }
    return storeOrConflict(() -> questions.store(q), q.code());
  }

  /** Replaces a question and its tags; attempts that drew it keep their copy. */
  public BankQuestion revise(
      Optional<KenesSession> caller, long moduleId, long questionId, QuestionDraft draft) {
    access.require(caller, moduleId);
    QuestionDraft d = required(draft);
    BankQuestion q = ofBank(moduleId, questionId);
    String before = q.code();
    q.revise(d.question(), d.outcomes(), now());
    if (!q.code().equals(before) && questions.codes(moduleId).contains(q.code())) {
      throw codeTaken(q.code());
    }
    return storeOrConflict(() -> questions.store(q), q.code());
  }

  /** Removes a question from the bank; the attempts that drew it keep their copy. */
  public void remove(Optional<KenesSession> caller, long moduleId, long questionId) {
    access.require(caller, moduleId);
    questions.remove(ofBank(moduleId, questionId));
  }

  /**
   * Adds the questions of a GIFT text or a Moodle XML export to the bank, in one transaction (all
   * or none), their texts in {@code language}; each gets the competency and outcome tags given
   * (null: none) besides its own.
   */
  public List<BankQuestion> importInto(
      Optional<KenesSession> caller,
      long moduleId,
      Format format,
      String text,
      String language,
      String competency,
      String outcome) {
    Bank bank = access.require(caller, moduleId);
    if (language == null || !Texts.LANGUAGES.contains(language)) {
      throw new InvalidInput("language", "language is kk, ru or en.");
    }
    List<Question> parsed =
        format == Format.MOODLE_XML ? MoodleXml.parse(text, language) : Gift.parse(text, language);
    if (parsed.isEmpty()) {
      throw new InvalidInput(
          "questions", "No question was found: write at least one question in GIFT or Moodle XML.");
    }
    if (parsed.size() > MAX_IMPORT) {
      throw new InvalidInput("body", "One import adds at most " + MAX_IMPORT + " questions.");
    }
    Set<String> taken = new HashSet<>(questions.codes(moduleId));
    Instant now = now();
    List<BankQuestion> made = new ArrayList<>();
    for (Question q : parsed) {
      Question coded =
          q.withCode(freeCode(q.code(), taken))
              .withCompetencies(plus(q.competencies(), competency));
      made.add(
          BankQuestion.add(
              bank.programId(), moduleId, coded, plus(List.of(), outcome), userOf(caller), now));
    }
    return storeOrConflict(() -> questions.storeAll(made), "of this import");
  }

  private static List<String> plus(List<String> tags, String tag) {
    List<String> all = new ArrayList<>(tags);
    if (tag != null && !tag.isBlank()) {
      all.add(tag);
    }
    return all;
  }

  /** {@code code}, or with {@code -2}, {@code -3}, … when the bank has it; noted as taken. */
  static String freeCode(String code, Set<String> taken) {
    String candidate = code;
    for (int n = 2; taken.contains(candidate); n++) {
      String suffix = "-" + n;
      candidate = code.substring(0, Math.min(code.length(), 32 - suffix.length())) + suffix;
    }
    taken.add(candidate);
    return candidate;
  }

  private BankQuestion ofBank(long moduleId, long questionId) {
    return questions
        .find(questionId)
        .filter(q -> q.moduleId() == moduleId)
        .orElseThrow(
            () ->
                new NotFound(
                    "bank-question-not-found",
                    "The bank of module " + moduleId + " has no question " + questionId + "."));
  }

  private static QuestionDraft required(QuestionDraft draft) {
    if (draft == null) {
      throw new InvalidInput("body", "Send the question as JSON: {question: {...}, outcomes: []}.");
    }
    return draft;
  }

  private static Conflict codeTaken(String code) {
    return new Conflict(
        "bank-code-taken", "The bank already has a question " + code + ": choose another code.");
  }

  /**
   * Stores; a unique-key violation means another request took the code at the same moment: a
   * conflict to retry, not a server error.
   */
  private static <T> T storeOrConflict(java.util.function.Supplier<T> store, String code) {
    try {
      return store.get();
    } catch (jakarta.persistence.PersistenceException
        | jakarta.transaction.TransactionalException e) {
      if (DatabaseFailures.isUnavailable(e) || DatabaseFailures.isTimeout(e)) {
        throw e;
      }
      throw new Conflict(
          "bank-code-taken",
          "A question code "
              + code
              + " was taken by someone else at the same moment: load the bank again and retry.");
    }
  }

  private static Long userOf(Optional<KenesSession> caller) {
    return caller.map(KenesSession::userRef).orElse(null);
  }

  private Instant now() {
    return clock.instant();
  }
}
