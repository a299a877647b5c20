package kz.kenes.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.program.application.CoursePlanning;
import kz.kenes.program.application.LinkedModules;
import kz.kenes.program.domain.ProgramModule;
import kz.kenes.survey.domain.AnswerSheet;
import kz.kenes.survey.domain.AnswerSheet.Completeness;
import kz.kenes.survey.domain.InstrumentVersion;
import kz.kenes.survey.domain.ModuleRating;
import kz.kenes.survey.domain.ModuleRatingRepository;
import kz.kenes.survey.domain.ModuleRatingRepository.Stored;

/**
 * A learner's feedback on the modules their course delivers ({@code docs/module-feedback.md}): the
 * modules with where the learner stands with each, a module's form, and the rating of its current
 * version. Only a learner launched from a course that delivers the module may see or rate it.
 */
@ApplicationScoped
public class ModuleFeedback {

  @Inject CoursePlanning courses;
  @Inject LinkedModules links;
  @Inject ModuleFeedbackInstrument instrument;
  @Inject ModuleRatingRepository ratings;
  @Inject Clock clock;

  /** A module of the course and where the learner stands with it. */
  public record RatedModule(ProgramModule module, ModuleRating.Status status) {}

  /**
   * What the form of a module shows.
   *
   * @param moduleVersion the module's current version, the one rated
   * @param answers the learner's answers to that version, by item code (empty when not rated)
   * @param ratedAt when the learner last changed the rating of that version
   */
  public record Form(
      ProgramModule module,
      int moduleVersion,
      InstrumentVersion version,
      ModuleRating.Status status,
      Map<String, Object> answers,
      Optional<Instant> ratedAt) {}

  /** What a rating answers: the rating, whether it is new, whether it only repeated a request. */
  public record Rated(ModuleRating rating, boolean created, boolean repeated) {}

  /** The modules the learner's course delivers, in the course's order, with their status. */
  public List<RatedModule> modulesOf(KenesSession session) {
    requireLearner(session);
    List<ProgramModule> modules =
        courses.shownDeliveredModulesOfSessionCourse(session.contextRef());
    Map<Long, Integer> latest =
        ratings.latestRatedVersions(
            learnerKey(session), modules.stream().map(ProgramModule::id).toList());
    return modules.stream()
        .map(
            m ->
                new RatedModule(
                    m,
                    ModuleRating.status(
                        Optional.ofNullable(latest.get(m.id())), m.currentVersion())))
        .toList();
  }

  /** The module the session's resource link shows, when the course delivers it. */
  public Optional<RatedModule> linkedModule(KenesSession session) {
    return linkedModule(session, modulesOf(session));
  }

  /** The same, among the course's modules as {@link #modulesOf} answered them. */
  public Optional<RatedModule> linkedModule(KenesSession session, List<RatedModule> modules) {
    requireLearner(session);
    if (session.resourceLinkRef() == null) {
      return Optional.empty();
    }
    return links
        .moduleOf(session.resourceLinkRef())
        .flatMap(
            linked ->
                modules.stream().filter(r -> r.module().id().equals(linked.id())).findFirst());
  }

  /** The form of a module for the learner: 403 unless their course delivers it. */
  public Form form(KenesSession session, long moduleId) {
    ProgramModule module = deliveredModule(session, moduleId);
    int current = module.currentVersion();
    Optional<ModuleRating> rating = ratings.find(module.id(), current, learnerKey(session));
    Map<Long, Integer> latest = ratings.latestRatedVersions(learnerKey(session), List.of(moduleId));
    return new Form(
        module,
        current,
        instrument.current(module),
        ModuleRating.status(Optional.ofNullable(latest.get(moduleId)), current),
        rating.map(ratings::answersOf).orElse(Map.of()),
        rating.map(ModuleRating::updatedAt));
  }

  /**
   * Rates the module's current version, or changes that rating.
   *
   * @param expectedVersion the module version the form showed; null for the current one
   * @param submissionId the client's id of this submission: sent again, it answers the stored
   *     rating without writing
   */
  public Rated rate(
      KenesSession session,
      long moduleId,
      Integer expectedVersion,
      String submissionId,
      Map<String, ?> answers) {
    ProgramModule module = deliveredModule(session, moduleId);
    int version = ModuleRating.requireCurrent(expectedVersion, module.currentVersion());
    String submission = checkedSubmissionId(submissionId);
    String key = learnerKey(session);
    if (submission != null) {
      Optional<ModuleRating> existing = ratings.find(moduleId, version, key);
      if (existing.flatMap(ModuleRating::submissionId).filter(submission::equals).isPresent()) {
        return new Rated(existing.get(), false, true);
      }
    }
    InstrumentVersion form = instrument.current(module);
    AnswerSheet sheet = AnswerSheet.check(form, answers, Completeness.SUBMISSION);
    Instant now = clock.instant();
    Stored stored;
    try {
      stored = store(session, moduleId, version, form, sheet, submission, now);
    } catch (RuntimeException lostRace) {
      // two first submissions at once: the unique key let one through, the other now changes it
      if (ratings.find(moduleId, version, key).isEmpty()) {
        throw lostRace;
      }
      stored = store(session, moduleId, version, form, sheet, submission, now);
    }
    return new Rated(stored.rating(), stored.created(), false);
  }

  private Stored store(
      KenesSession session,
      long moduleId,
      int version,
      InstrumentVersion form,
      AnswerSheet sheet,
      String submission,
      Instant now) {
    return ratings.store(
        () ->
            ModuleRating.ofLearner(moduleId, version, session.userRef(), session.contextRef(), now),
        form,
        sheet,
        submission,
        now);
  }

  private ProgramModule deliveredModule(KenesSession session, long moduleId) {
    requireLearner(session);
    return courses.deliveredModulesOfSessionCourse(session.contextRef()).stream()
        .filter(m -> m.id() == moduleId)
        .findFirst()
        .orElseThrow(
            () ->
                new NotAllowed(
                    "Module "
                        + moduleId
                        + " is not delivered by the course you launched Kenes from."));
  }

  private static String checkedSubmissionId(String submissionId) {
    if (submissionId == null || submissionId.isBlank()) {
      return null;
    }
    String id = submissionId.strip();
    if (id.length() > ModuleRating.MAX_SUBMISSION_ID) {
      throw new InvalidInput(
          "submissionId",
          "A submission id has at most " + ModuleRating.MAX_SUBMISSION_ID + " characters.");
    }
    return id;
  }

  private static String learnerKey(KenesSession session) {
    return ModuleRating.learnerKey(session.userRef());
  }

  private static void requireLearner(KenesSession session) {
    if (session.kind() != KenesSession.Kind.LTI
        || session.role() != KenesRole.LEARNER
        || session.userRef() == null
        || session.contextRef() == null) {
      throw new NotAllowed(
          "Modules are rated by learners launched from a course that delivers them.");
    }
  }
}
