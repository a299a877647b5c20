package it.kenes.survey;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Flow;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.LtiRoles;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The course's certificate as an activity placed by deep linking (docs/certificates.md): the picker
 * offers it to the course's staff, without a grade column; its placed link opens a learner's
 * progress and certificates, and the certificates page for staff.
 */
class CertificateDeepLinkingIT {

  private final SurveyFixture fixture = new SurveyFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void thePickerOffersTheCoursesCertificateWithoutAGradeColumn() {
    Flow flow =
        fixture.platform.launchIntoCourse(
            LtiRoles.INSTRUCTOR,
            fixture.courseId,
            token -> token.deepLinking("https://lms.example.edu/deep-link/return"));

    HttpAnswer picker = page(flow, "/app/deep-linking?lang=en");

    assertThat(picker.status()).as("%s", picker).isEqualTo(200);
    assertThat(picker.body())
        .contains("data-kenes-activity=\"certificate:course\"")
        .doesNotContain("name=\"grade\" value=\"certificate:course\"");
  }

  @Test
  void aPlacedCertificateLinkOpensTheLearnersProgressAndCertificates() {
    Flow flow = fixture.placedLinkLaunch(LtiRoles.LEARNER, "certificate:course");

    URI landing = flow.launch().location().orElseThrow();
    assertThat(landing.getPath()).isEqualTo("/app/activities/certificate/course");
    HttpAnswer opened = page(flow, landing.getPath());
    assertThat(opened.status()).as("%s", opened).isEqualTo(303);
    assertThat(opened.location().orElseThrow().getPath()).isEqualTo("/app/course/certificate");

    HttpAnswer mine = page(flow, "/app/course/certificate?lang=kk");
    assertThat(mine.status()).as("%s", mine).isEqualTo(200);
    assertThat(mine.body())
        .contains("Осы курс бойынша сертификатыңыз")
        .contains("id=\"kenes-certificate\"")
        .contains("id=\"kenes-home-link\"");
  }

  @Test
  void aPlacedCertificateLinkOpensTheCertificatesPageForStaff() {
    Flow flow = fixture.placedLinkLaunch(LtiRoles.INSTRUCTOR, "certificate:course");

    HttpAnswer opened = page(flow, flow.launch().location().orElseThrow().getPath());
    assertThat(opened.status()).as("%s", opened).isEqualTo(303);
    assertThat(opened.location().orElseThrow().getPath()).isEqualTo("/app/course/certificates");

    HttpAnswer mine = page(flow, "/app/course/certificate");
    assertThat(mine.status()).isEqualTo(303);
    assertThat(mine.location().orElseThrow().getPath()).isEqualTo("/app/course/certificates");
  }

  @Test
  void anUnknownCertificateActivityIsNotFound() {
    Flow flow = fixture.placedLinkLaunch(LtiRoles.LEARNER, "certificate:other");

    HttpAnswer opened = page(flow, flow.launch().location().orElseThrow().getPath());

    assertThat(opened.status()).isEqualTo(404);
  }

  private static HttpAnswer page(Flow flow, String path) {
    return Http.get(path, "Accept", "text/html", "Authorization", "Bearer " + flow.sessionToken());
  }
}
