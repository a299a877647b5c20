package kz.kenes.analytics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import kz.kenes.analytics.application.ReportQueries.SurveyHead;
import kz.kenes.analytics.application.SurveyAnswerIdeaStore.OpenSurveyAnswer;
import kz.kenes.analytics.application.SurveyAnswerIdeaStore.SurveyIdea;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.survey.application.SurveyAccess.Staff;

/**
 * Ideas in survey rounds' open answers (docs/surveys.md, "Ideas"): whoever may read a survey's
 * report (its staff: the admin token, an administrator, an instructor of a course delivering its
 * program; learners are refused) lists a round's open answers and marks one as an idea or takes the
 * mark off, as module feedback's moderators do; crowdsourcing reads the marked ones of a program to
 * turn them into proposals.
 */
@ApplicationScoped
public class SurveyAnswerIdeas {

  /** Most open answers listed for a round. */
  public static final int LIMIT = 500;

  @Inject ReportAccess access;
  @Inject SurveyAnswerIdeaStore store;
  @Inject Clock clock;

  /** A round's open answers, with the survey they belong to. */
  public record RoundAnswers(SurveyHead survey, long roundId, List<OpenSurveyAnswer> answers) {}

  public RoundAnswers openAnswers(Staff staff, long roundId) {
    SurveyHead survey = requireReader(staff, roundId);
    return new RoundAnswers(survey, roundId, store.openAnswers(roundId, LIMIT));
  }

  /** Marks (or unmarks) an open answer of the round as an idea: 403, 404 as for the report. */
  @Transactional
  public void mark(Staff staff, long roundId, long responseId, long itemId, boolean idea) {
    requireReader(staff, roundId);
    if (!store.mark(roundId, responseId, itemId, idea, actor(staff), clock.instant())) {
      throw new NotFound(
          "survey-answer-not-found",
          "Round " + roundId + " has no open answer " + responseId + "/" + itemId + ".");
    }
  }

  /** The ideas marked in the surveys of a program; the caller decides who may ask. */
  public List<SurveyIdea> markedIdeas(long programId) {
    return store.markedIdeas(programId, LIMIT);
  }

  /** The answer marked as an idea; 404 {@code idea-not-found} when it is none. */
  public SurveyIdea markedIdea(long responseId, long itemId) {
    return store
        .markedIdea(responseId, itemId)
        .orElseThrow(
            () ->
                new NotFound(
                    "idea-not-found",
                    "Survey answer " + responseId + "/" + itemId + " is not marked as an idea."));
  }

  /** The staff member's key kept with a mark: never a name. */
  static String actor(Staff staff) {
    return staff.session().map(ModuleAnswerModeration::actor).orElse("admin-token");
  }

  private SurveyHead requireReader(Staff staff, long roundId) {
    long surveyId =
        store
            .surveyOfRound(roundId)
            .orElseThrow(() -> new NotFound("No survey round with id " + roundId + "."));
    return access.requireReader(staff, surveyId);
  }
}
