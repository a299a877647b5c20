package it.kenes.lti;

import static it.kenes.support.LtiRoles.INSTRUCTOR;
import static it.kenes.support.LtiRoles.LEARNER;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.CoursePages;
import it.kenes.support.Flow;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.Kenes;
import it.kenes.support.ServiceClaims;
import it.kenes.support.TestPlatform;
import it.kenes.support.Unique;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.testing.FakeAgsPlatform;
import kz.kenes.lti.testing.FakeNrpsPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Course rosters from Names and Role Provisioning Services, against a fake platform that serves a
 * token endpoint (checking Kenes's client assertion with Kenes's JWKS) and a course's memberships
 * over two pages. The instructor's roster page syncs by a plain form POST with its CSRF token; a
 * member the platform no longer lists becomes inactive, not deleted; a course without the NRPS
 * claim says so; the platform's refusal is shown.
 */
class RosterSyncIT {

  static final String ROSTER = "/app/course/roster";

  private final String clientId = "kenes-nrps-" + Unique.suffix();
  private final FakeNrpsPlatform lms =
      FakeNrpsPlatform.start(clientId, FakeAgsPlatform.fetching(Kenes.url("/lti/jwks")));
  private final TestPlatform platform =
      TestPlatform.register(
          r -> r.with("clientId", clientId).with("accessTokenUrl", lms.tokenUrl().toString()));
  private final String courseId = "roster-" + Unique.suffix();

  @AfterEach
  void close() {
    platform.close();
    lms.close();
  }

  @Test
  void syncReadsBothPagesAndMarksAMemberWhoLeftInactive() {
    lms.addMember("u-1", "Aigerim Sadykova", "aigerim@example.edu", LEARNER);
    lms.addMember("u-2", null, null, LEARNER); // Open edX with PII sharing off
    lms.addMember("u-3", "Dana Instructor", null, INSTRUCTOR);
    CoursePages instructor = instructor(true);

    String before = instructor.get(ROSTER).body();
    assertThat(before)
        .contains("id=\"kenes-roster-sync\"")
        .contains("data-kenes-roster-count=\"0\"");

    HttpAnswer synced = instructor.post(ROSTER + "/sync");
    assertThat(synced.status()).as("%s", synced).isEqualTo(303);
    String page = instructor.get(ROSTER).body();
    assertThat(page).contains("data-kenes-roster-count=\"3\"");
    assertThat(page).contains("Aigerim Sadykova").contains("aigerim@example.edu");
    assertThat(page).contains("data-kenes-member=\"u-2\"");
    List<FakeNrpsPlatform.Recorded> pages = lms.requests("/memberships");
    assertThat(pages).hasSize(2);
    assertThat(pages)
        .allSatisfy(r -> assertThat(r.accept()).isEqualTo(FakeNrpsPlatform.MEMBERSHIP_TYPE));
    assertThat(pages.get(1).pathAndQuery()).contains("page=2");

    lms.removeMember("u-2");
    assertThat(instructor.post(ROSTER + "/sync").status()).isEqualTo(303);

    String after = instructor.get(ROSTER).body();
    assertThat(after).contains("data-kenes-roster-count=\"2\"");
    assertThat(row(after, "u-2")).contains("data-kenes-member-status=\"inactive\"");
    assertThat(row(after, "u-1")).contains("data-kenes-member-status=\"active\"");
  }

  @Test
  void aCourseWithoutTheNrpsClaimSaysSoAndHasNoSyncForm() {
    CoursePages instructor = instructor(false);

    String page = instructor.get(ROSTER).body();
    assertThat(page)
        .contains("id=\"kenes-roster-no-service\"")
        .doesNotContain("kenes-roster-sync\"");
    HttpAnswer sync = instructor.post(ROSTER + "/sync");
    assertThat(sync.status()).isEqualTo(303);
    assertThat(sync.header("Location").orElse("")).contains("done=noService");
    assertThat(lms.requests("/")).isEmpty();
  }

  @Test
  void thePlatformsRefusalIsShownOnThePage() {
    lms.addMember("u-1", null, null, LEARNER);
    CoursePages instructor = instructor(true);
    assertThat(instructor.post(ROSTER + "/sync").status()).isEqualTo(303); // a token is cached
    lms.failNext(1, 403, "Names and roles are not enabled for this tool");

    assertThat(instructor.post(ROSTER + "/sync").status()).isEqualTo(303);

    String page = instructor.get(ROSTER).body();
    assertThat(page).contains("id=\"kenes-roster-error\"").contains("not enabled for this tool");
    assertThat(instructor.post(ROSTER + "/sync").status()).isEqualTo(303);
    assertThat(instructor.get(ROSTER).body())
        .doesNotContain("id=\"kenes-roster-error\"")
        .contains("data-kenes-roster-count=\"1\"");
  }

  @Test
  void aLearnerGetsNoRosterPage() {
    Flow flow = platform.launchIntoCourse(LEARNER, courseId);
    HttpAnswer page =
        Http.get(
            ROSTER + "?kt=" + encode(Http.pageReference(flow.sessionToken())),
            "Accept",
            "text/html");
    assertThat(page.status()).isEqualTo(403);
  }

  // --- helpers ---

  private CoursePages instructor(boolean withNrps) {
    return CoursePages.of(
        platform.launchIntoCourse(
            INSTRUCTOR,
            courseId,
            t -> withNrps ? t.with(LtiClaims.NRPS, ServiceClaims.nrps(lms.membershipsUrl())) : t),
        ROSTER);
  }

  private static String row(String page, String subject) {
    Matcher m =
        Pattern.compile("<tr[^>]*data-kenes-member=\"" + Pattern.quote(subject) + "\"[^>]*>")
            .matcher(page);
    assertThat(m.find()).as(page).isTrue();
    return m.group();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
