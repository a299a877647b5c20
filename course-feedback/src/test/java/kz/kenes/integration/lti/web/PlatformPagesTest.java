package kz.kenes.integration.lti.web;

import static kz.kenes.integration.lti.persistence.Registrations.aRegistration;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.identity.web.Pages;
import kz.kenes.integration.lti.application.RegistrationService;
import kz.kenes.integration.lti.persistence.PlatformRegistrationEntity;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.platform.web.TestViews;
import org.junit.jupiter.api.Test;

class PlatformPagesTest {

  private final PlatformPages pages = new PlatformPages();
  private final PageRequest admin = Pages.request(Pages.session(KenesRole.ADMIN), "en");

  PlatformPagesTest() {
    pages.views = TestViews.create();
    pages.tool = Pages.TOOL;
    pages.universities = new Universities();
  }

  /** One university, "Dala State University". */
  private static final class Universities implements kz.kenes.program.domain.UniversityRepository {
    private final kz.kenes.program.domain.University dala =
        new kz.kenes.program.domain.University(
            "DSU", "Dala State University", java.time.Instant.EPOCH);

    @Override
    public java.util.Optional<kz.kenes.program.domain.University> find(long id) {
      return java.util.Optional.empty();
    }

    @Override
    public java.util.Optional<kz.kenes.program.domain.University> find(String code) {
      return java.util.Optional.empty();
    }

    @Override
    public List<kz.kenes.program.domain.University> findAll() {
      return List.of(dala);
    }

    @Override
    public kz.kenes.program.domain.University store(kz.kenes.program.domain.University u) {
      return u;
    }
  }

  @Test
  void theFormOffersTheUniversitiesAndTheOperatorsSwitches() {
    given(List.of());
    String html = list(RegistrationForm.empty(), FormErrors.none(), null);
    assertThat(html)
        .contains("<select id=\"universityId\" name=\"universityId\"")
        .contains("None (its courses deliver no modules)")
        .contains("Dala State University (DSU)")
        .contains("name=\"operator\" value=\"true\"")
        .contains("name=\"systemAdministratorAsInstructor\" value=\"true\"")
        .contains("System administrator counts as instructor");
  }

  @Test
  void emptyListSaysSoAndOffersTheFormAndTheToolUrls() {
    given(List.of());
    String html = list(RegistrationForm.empty(), FormErrors.none(), null);
    assertThat(html)
        .contains("<body data-kenes-role=\"admin\">")
        .contains("No platform is registered yet.")
        .contains("action=\"/app/admin/platforms\"")
        .contains("<input type=\"hidden\" name=\"kt\" value=\"session-token-1\">")
        .contains("<input type=\"hidden\" name=\"csrf\" value=\"csrf-token-1\">")
        .contains("https://kenes.example.edu/lti/jwks")
        .doesNotContain("??");
  }

  @Test
  void listShowsRegistrationsWithEditLinks() {
    given(List.of(aRegistration(5, "University <Moodle>", "d-1", "d-2")));
    String html = list(RegistrationForm.empty(), FormErrors.none(), "created");
    assertThat(html)
        .contains("University &lt;Moodle&gt;")
        .contains("https://lms5.example.edu")
        .contains("client-5")
        .contains("<code>d-1</code>")
        .contains("href=\"/app/admin/platforms/5?kt=session-token-1\"")
        .contains("The platform is registered.");
  }

  @Test
  void longListIsPaginated() {
    List<PlatformRegistrationEntity> all =
        LongStream.rangeClosed(1, 45).mapToObj(i -> aRegistration(i, "P" + i, "d")).toList();
    given(all);
    String html = pages.list(admin, 20, null, RegistrationForm.empty(), FormErrors.none());
    assertThat(html)
        .contains("href=\"/app/admin/platforms?kt=session-token-1\"")
        .contains("href=\"/app/admin/platforms?kt=session-token-1&amp;offset=40\"")
        .contains("21–40 of 45")
        .contains("offset=20&amp;lang=ru");
  }

  @Test
  void refusedFormKeepsTheInputAndMarksTheFields() {
    given(List.of());
    RegistrationForm typed =
        new RegistrationForm(
            "My \"LMS\"",
            "https://lms",
            "",
            "ftp://x",
            "https://t",
            "https://k",
            "a\nb c",
            "",
            false,
            false);
    DomainException refusal = new InvalidInput("clientId", "'clientId' is required.");
    String html = list(typed, RegistrationForm.ERRORS.of(refusal), null);
    assertThat(html)
        .contains("The registration was not saved")
        .contains("value=\"My &quot;LMS&quot;\"")
        .contains("value=\"ftp://x\"")
        .contains(">a\nb c</textarea>")
        .contains("Enter the client ID: no spaces, at most 255 characters.")
        .contains("aria-invalid=\"true\"")
        .contains("aria-describedby=\"clientId-hint clientId-error\"")
        .contains("href=\"#clientId\"");
  }

  @Test
  void editPageShowsStoredValuesAndTheDeploymentForm() {
    given(List.of(aRegistration(9, "Open edX", "dep-a", "dep-b")));
    String html = pages.edit(admin, 9, "deployment-added", null, FormErrors.none());
    assertThat(html)
        .contains("action=\"/app/admin/platforms/9\"")
        .contains("action=\"/app/admin/platforms/9/deployments\"")
        .contains("value=\"https://lms9.example.edu/certs\"")
        .contains(">dep-a\ndep-b</textarea>")
        .contains("The deployment is added.");
  }

  @Test
  void refusedDeploymentKeepsTheInput() {
    given(List.of(aRegistration(9, "Open edX", "dep-a")));
    FormErrors errors = PlatformPages.DeploymentInput.ERRORS.of(new Conflict("already"));
    String html = pages.editWithDeployment(admin, 9, "dep-a", errors);
    assertThat(html)
        .contains("This deployment ID is already registered for this platform.")
        .contains("id=\"deploymentId\"")
        .contains("value=\"dep-a\"");
  }

  @Test
  void unknownConfirmationIsIgnored() {
    given(List.of());
    assertThat(list(RegistrationForm.empty(), FormErrors.none(), "<b>pwned</b>"))
        .doesNotContain("pwned")
        .doesNotContain("alert--success");
  }

  @Test
  void pagesAreTranslated() {
    given(List.of(aRegistration(1, "X", "d")));
    for (String language : List.of("kk", "ru")) {
      PageRequest request = Pages.request(Pages.session(KenesRole.ADMIN), language);
      String html = pages.list(request, 0, "updated", RegistrationForm.empty(), FormErrors.none());
      assertThat(html).doesNotContain("??").doesNotContain("Platform registrations");
      assertThat(pages.edit(request, 1, null, null, FormErrors.none())).doesNotContain("??");
    }
  }

  private String list(RegistrationForm form, FormErrors errors, String done) {
    return pages.list(admin, 0, done, form, errors);
  }

  private void given(List<PlatformRegistrationEntity> stored) {
    pages.registrations = new FakeRegistrations(stored);
  }

  /** The registrations a page shows, without a database. */
  static final class FakeRegistrations extends RegistrationService {
    private final List<PlatformRegistrationEntity> stored;

    FakeRegistrations(List<PlatformRegistrationEntity> stored) {
      this.stored = stored;
    }

    @Override
    public List<PlatformRegistrationEntity> list(int offset, int limit) {
      return stored.subList(
          Math.min(offset, stored.size()), Math.min(offset + limit, stored.size()));
    }

    @Override
    public long count() {
      return stored.size();
    }

    @Override
    public PlatformRegistrationEntity find(long id) {
      return stored.stream()
          .filter(r -> r.id() == id)
          .findFirst()
          .orElseThrow(() -> new NotFound("No platform registration with id " + id));
    }
  }
}
