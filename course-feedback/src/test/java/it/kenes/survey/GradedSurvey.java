package it.kenes.survey;

import it.kenes.support.AdminApi;
import it.kenes.support.CoursePages;
import it.kenes.support.Kenes;
import it.kenes.support.LtiRoles;
import it.kenes.support.ServiceClaims;
import it.kenes.support.Unique;
import java.net.URI;
import java.util.List;
import java.util.Map;
import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.testing.FakeAgsPlatform;

/**
 * A survey placed as a graded link of a course: a {@link SurveyFixture} world whose platform is a
 * fake AGS platform, the survey's open baseline round, and the resource link the learners launch
 * from, with the launches and submissions the gradebook tests make.
 */
final class GradedSurvey implements AutoCloseable {

  static final String GRADES = "/app/course/grades";

  final String clientId;
  final FakeAgsPlatform lms;
  final SurveyFixture world;
  final long round;
  final String linkId;

  /** A new world; {@code name} marks its client id and link id. */
  GradedSurvey(String name) {
    clientId = "kenes-" + name + "-" + Unique.suffix();
    lms = FakeAgsPlatform.start(clientId, FakeAgsPlatform.fetching(Kenes.url("/lti/jwks")));
    world = SurveyFixture.withServices(clientId, lms.tokenUrl());
    round = world.openRound("baseline");
    linkId = name + "-" + Unique.suffix();
  }

  /** The activity the link places: {@code survey:<id>}. */
  String activity() {
    return "survey:" + world.surveyId;
  }

  /** A line item of the platform for the survey's link, as an instructor adds it in the LMS. */
  URI addLineItem() {
    return lms.addLineItem("Course survey", activity(), linkId);
  }

  /** The custom parameters of a link placed as graded by participation in {@code activity}. */
  static Map<String, String> graded(String activity) {
    return Map.of("kenes_activity", activity, "kenes_grade", "participation");
  }

  /** The AGS claim granting {@code scopes}, with {@code lineItem} unless it is null. */
  Map<String, Object> ags(List<String> scopes, URI lineItem) {
    return ServiceClaims.ags(scopes, lms.lineItemsUrl(), lineItem);
  }

  /** The learner {@code sub} launched from the link with these custom parameters and AGS claim. */
  AdminApi learner(String sub, Map<String, String> custom, Map<String, Object> ags) {
    return world.learner(
        sub,
        t ->
            t.with(LtiClaims.RESOURCE_LINK, Map.of("id", linkId, "title", "Course survey"))
                .with(LtiClaims.CUSTOM, custom)
                .with(LtiClaims.AGS_ENDPOINT, ags));
  }

  /** The learner {@code sub} launched from the link placed as graded, granted {@code scopes}. */
  AdminApi gradedLearner(String sub, List<String> scopes, URI lineItem) {
    return learner(sub, graded(activity()), ags(scopes, lineItem));
  }

  /** {@code learner} submits a complete response to the round. */
  void submit(AdminApi learner) {
    SurveyFixture.submit(learner, round);
  }

  /** The course pages of a new instructor launch. */
  CoursePages instructor() {
    return CoursePages.of(
        world.platform.launchIntoCourse(LtiRoles.INSTRUCTOR, world.courseId), GRADES);
  }

  @Override
  public void close() {
    world.close();
    lms.close();
  }
}
