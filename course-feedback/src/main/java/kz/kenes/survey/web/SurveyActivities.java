package kz.kenes.survey.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.domain.SessionStore;
import kz.kenes.platform.activity.Activity;
import kz.kenes.platform.activity.ActivityCaller;
import kz.kenes.platform.activity.ActivityProvider;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.survey.application.LearnerResponses;
import kz.kenes.survey.application.SurveyAccess;
import kz.kenes.survey.application.SurveyAccess.Staff;
import kz.kenes.survey.application.SurveyService;
import kz.kenes.survey.domain.Survey;
import kz.kenes.survey.domain.SurveyRepository;
import kz.kenes.survey.web.staff.SurveyPagesResource;

/**
 * Surveys as activities an instructor places in a course page (type {@code survey}): the picker
 * lists the surveys the caller runs, as the staff's survey list decides ({@link
 * SurveyAccess#visiblePrograms}, and for an instructor only those their course delivers); a launch
 * of a placed survey opens its staff page for staff, and for a learner the survey's open round, or
 * nothing when no round is open. Every survey can report participation to the gradebook.
 */
@ApplicationScoped
public class SurveyActivities implements ActivityProvider {

  public static final String TYPE = "survey";

  /** At most this many surveys are offered at once: the newest. */
  static final int PICKER_LIMIT = 200;

  @Inject SessionStore sessions;
  @Inject SurveyAccess access;
  @Inject SurveyService surveys;
  @Inject LearnerResponses learners;
  @Inject SurveyRepository repository;

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public List<Activity> placeable(ActivityCaller caller) {
    Staff staff = access.staffOf(session(caller));
    return surveys.list(staff, 0, PICKER_LIMIT).items().stream()
        .filter(survey -> staff.course().map(c -> access.delivers(c, survey)).orElse(true))
        .map(SurveyActivities::activity)
        .toList();
  }

  @Override
  public Optional<String> landing(ActivityCaller caller, String id) {
    long surveyId = surveyId(id);
    KenesSession session = session(caller);
    if (session.role() == KenesRole.LEARNER) {
      Optional<String> round =
          learners.openRoundsFor(session).stream()
              .filter(r -> r.survey().id() == surveyId)
              .findFirst()
              .map(r -> LearnerSurveyResource.PATH + "/" + r.id());
      if (round.isEmpty() && repository.find(surveyId).isEmpty()) {
        throw new NotFound("There is no survey " + surveyId + ".");
      }
      return round;
    }
    Survey survey = access.requireStaffOf(access.staffOf(session), surveyId);
    return Optional.of(SurveyPagesResource.PATH + "/" + survey.id());
  }

  @Override
  public Optional<String> creationPath() {
    return Optional.of(SurveyPagesResource.PATH);
  }

  private static Activity activity(Survey survey) {
    return new Activity(
        TYPE,
        survey.id().toString(),
        survey.title(),
        true,
        SurveyPagesResource.PATH + "/" + survey.id());
  }

  private KenesSession session(ActivityCaller caller) {
    return sessions.requireById(caller.sessionId());
  }

  private static long surveyId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFound("There is no survey " + id + ".");
    }
  }
}
