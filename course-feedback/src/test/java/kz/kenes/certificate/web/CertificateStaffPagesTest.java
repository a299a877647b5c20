package kz.kenes.certificate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import kz.kenes.certificate.application.ProgramCertificates;
import kz.kenes.certificate.domain.ProgramRuleSettings;
import kz.kenes.certificate.domain.RuleSettings;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.TestViews;
import kz.kenes.platform.web.Views;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The course's and the program's certificates pages share what a certificate states, the list of
 * issued certificates with a revoke form for each valid one, and the form that issues one by hand
 * (certificate/parts.html); each page keeps its own wording.
 */
class CertificateStaffPagesTest {

  private static final Views VIEWS = TestViews.create();
  private static final Locale EN = Locale.ENGLISH;

  @ParameterizedTest
  @ValueSource(strings = {"certificate/course", "certificate/program"})
  void bothPagesListTheCertificatesWithARevokeFormForEachValidOneAndTheIssueForm(String template) {
    PageModel page =
        model(template, List.of(new CertificatePagesResource.LearnerRow(5, "Aigerim")));

    String html = VIEWS.render(template, EN, page.asMap());

    assertThat(html)
        .doesNotContain("??")
        .contains("data-kenes-certificate=\"AAAA-BBBB\" data-kenes-certificate-status=\"valid\"")
        .contains("data-kenes-certificate=\"CCCC-DDDD\" data-kenes-certificate-status=\"revoked\"")
        .contains("name=\"number\" value=\"AAAA-BBBB\"")
        .doesNotContain("name=\"number\" value=\"CCCC-DDDD\"")
        .contains("action=\"/x/revoke\"")
        .contains("id=\"kenes-certificate-issue\"")
        .contains("action=\"/x/issue\"")
        .contains("<option value=\"5\">Aigerim</option>")
        .contains("name=\"csrf\" value=\"csrf-token\"")
        .contains("Ana &lt;b&gt;")
        .contains("id=\"hours\" name=\"hours\" min=\"0\" max=\"10000\" value=\"40\"")
        .contains("value=\"2.50\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"certificate/course", "certificate/program"})
  void eachPageSaysInItsOwnWordsThatNoLearnerCameYet(String template) {
    String html = VIEWS.render(template, EN, model(template, List.of()).asMap());

    boolean course = template.endsWith("course");
    assertThat(html)
        .doesNotContain("id=\"kenes-certificate-issue\"")
        .contains(
            course
                ? "No learner of this course has opened Kenes yet."
                : "No learner has opened Kenes in the courses of this program yet.")
        .contains(
            course
                ? "Title (empty: the title of the course)"
                : "Title (empty: the program&#39;s name)")
        .contains(course ? "rows=\"5\"" : "rows=\"6\"");
  }

  private static PageModel model(
      String template, List<CertificatePagesResource.LearnerRow> learners) {
    PageModel page =
        PageModel.of(EN, "certificate.course.title")
            .with("pageTitle", "Certificates")
            .with("kt", "page-ref")
            .with("csrf", "csrf-token")
            .with("competenciesText", "Reads a soil map")
            .with("errors", java.util.Map.of())
            .with(
                "certificates",
                List.of(row("AAAA-BBBB", "Ana <b>", false), row("CCCC-DDDD", "Bolat", true)))
            .with("learners", learners);
    CertificatePagesResource.listing(page, "/x", 0, 2, 20, 2);
    List<String> competencies = List.of("Reads a soil map");
    if (template.endsWith("course")) {
      page.with(
              "rules",
              new RuleSettings(
                  List.of(),
                  null,
                  List.of(),
                  false,
                  "Soils",
                  40,
                  new BigDecimal("2.50"),
                  competencies))
          .with("quizzes", List.of())
          .with("surveys", List.of());
    } else {
      ProgramRuleSettings rules =
          new ProgramRuleSettings(
              List.of(), null, false, "Agronomy", 40, new BigDecimal("2.50"), competencies);
      page.with("rules", rules)
          .with(
              "program",
              new ProgramCertificates.Editing(3, "AGR-B", "Agronomy", true, rules, List.of()))
          .with("courses", List.of())
          .with("programUrl", "/app/admin/programs/3");
    }
    return page;
  }

  private static CertificatePagesResource.Row row(String number, String learner, boolean revoked) {
    return new CertificatePagesResource.Row(
        number,
        learner,
        "1 Mar 2026",
        "staff",
        revoked,
        revoked ? "2 Mar 2026" : null,
        revoked ? "a mistake" : null,
        "/verify/" + number,
        "/api/certificates/" + number + "/pdf");
  }
}
