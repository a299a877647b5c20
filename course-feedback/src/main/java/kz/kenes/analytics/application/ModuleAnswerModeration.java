package kz.kenes.analytics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import kz.kenes.analytics.application.AnswerModerations.Change;
import kz.kenes.analytics.domain.ModerationAction;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.NotFound;

/**
 * Moderation of module feedback's open answers (docs/module-feedback.md, "Moderation"): whoever may
 * read a module's report (an instructor or administrator launched from a course delivering it)
 * hides an answer with a reason, shows it again, or marks it as an idea. Nothing is deleted; every
 * action is recorded with who did it, from which course, and when.
 */
@ApplicationScoped
public class ModuleAnswerModeration {

  @Inject ModuleFeedbackReports reports;
  @Inject AnswerModerations moderations;
  @Inject Clock clock;

  /**
   * Applies {@code action} to the open answer {@code (ratingId, itemId)} of the module: 403 for
   * anyone who may not read the module's report, 404 when the module has no such open answer, 400
   * for a missing or too long reason to hide.
   */
  @Transactional
  public Change moderate(
      KenesSession session,
      long moduleId,
      long ratingId,
      long itemId,
      ModerationAction action,
      String reason) {
    reports.requireReader(session, moduleId);
    String kept = action.reason(reason);
    moderations
        .lockAnswer(ratingId, itemId)
        .filter(module -> module == moduleId)
        .orElseThrow(() -> notFound(moduleId, ratingId, itemId));
    Change change =
        new Change(
            ratingId,
            itemId,
            moduleId,
            action,
            kept,
            actor(session),
            session.contextRef(),
            clock.instant());
    moderations.record(change);
    return change;
  }

  /** The recorded actions on one open answer of the module, oldest first. */
  public List<Change> history(KenesSession session, long moduleId, long ratingId, long itemId) {
    reports.requireReader(session, moduleId);
    List<Change> history = moderations.history(ratingId, itemId);
    if (history.stream().anyMatch(c -> c.moduleId() != moduleId)) {
      throw notFound(moduleId, ratingId, itemId);
    }
    return history;
  }

  /**
   * The open answer marked as an idea, for crowdsourcing to turn into a proposal; 404 when the
   * answer is none, is not marked as an idea, or is hidden. The caller decides who may ask.
   */
  public AnswerModerations.MarkedIdea markedIdea(long ratingId, long itemId) {
    return moderations
        .markedIdea(ratingId, itemId)
        .orElseThrow(
            () ->
                new NotFound(
                    "idea-not-found",
                    "Open answer " + ratingId + "/" + itemId + " is not marked as an idea."));
  }

  /**
   * The open answers of these modules marked as ideas and not hidden (at most 500), for
   * crowdsourcing to list; the caller decides who may ask.
   */
  public List<AnswerModerations.MarkedIdea> markedIdeas(List<Long> moduleIds) {
    return moderations.markedIdeas(moduleIds, 500);
  }

  /** The staff member's key kept with an action: never a name. */
  static String actor(KenesSession session) {
    return session.kind() == KenesSession.Kind.ADMIN_TOKEN
        ? "admin-token"
        : "lti:" + session.userRef();
  }

  private static NotFound notFound(long moduleId, long ratingId, long itemId) {
    return new NotFound(
        "module-answer-not-found",
        "Module " + moduleId + " has no open answer " + ratingId + "/" + itemId + ".");
  }
}
