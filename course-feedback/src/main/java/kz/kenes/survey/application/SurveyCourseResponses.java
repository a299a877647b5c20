package kz.kenes.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.kenes.platform.activity.CourseResponses;
import kz.kenes.survey.domain.OpenRounds;
import kz.kenes.survey.domain.ResponseRepository;
import kz.kenes.survey.domain.SurveyRound;

/**
 * The survey context's {@link CourseResponses}: the rounds the course's learners may answer now
 * (those a learner's landing lists) and who of them submitted. A learner's response is keyed {@code
 * lti:<user ref>}, so a submission names its LTI user; answers through invitation links name no
 * roster member. No survey round is anonymous for the course's own learners today (their answers
 * are kept per learner, to be changed until the round closes, and are the gradebook's
 * participation); should one become so, it says {@code anonymous} and names no one.
 */
@ApplicationScoped
public class SurveyCourseResponses implements CourseResponses {

  /** The reference of a round: {@code survey-round:<id>}. */
  public static final String REFERENCE = "survey-round:";

  private static final String LEARNER_KEY = "lti:";

  /** Who answers a round from the course: its learners (staff have their own invitation links). */
  static final Set<String> ANSWERING_ROLES = Set.of("learner");

  @Inject OpenRounds openRounds;
  @Inject ResponseRepository responses;
  @Inject Clock clock;

  @Override
  public List<OpenActivity> open(long contextRef, long universityId) {
    return openRounds.findOpenIn(contextRef, universityId, clock.instant()).stream()
        .map(this::activity)
        .toList();
  }

  private OpenActivity activity(SurveyRound round) {
    return new OpenActivity(
        REFERENCE + round.id(),
        round.survey().title(),
        round.label(),
        round.closesAt(),
        ANSWERING_ROLES,
        false,
        answered(responses.submittedKeys(round.id())));
  }

  static Set<Long> answered(Set<String> submittedKeys) {
    Set<Long> users = new HashSet<>();
    for (String key : submittedKeys) {
      if (key.startsWith(LEARNER_KEY)) {
        try {
          users.add(Long.parseLong(key.substring(LEARNER_KEY.length())));
        } catch (NumberFormatException notAUser) {
          // not a learner's key
        }
      }
    }
    return users;
  }
}
