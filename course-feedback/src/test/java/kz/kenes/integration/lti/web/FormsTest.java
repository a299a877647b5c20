package kz.kenes.integration.lti.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.integration.lti.api.PlatformRegistrationRequest;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.platform.web.FormErrors;
import org.junit.jupiter.api.Test;

class FormsTest {

  @Test
  void deploymentIdsAreTypedOnePerLine() {
    assertThat(RegistrationForm.lines(" a \r\n\r\nb\n  \nc")).containsExactly("a", "b", "c");
    assertThat(RegistrationForm.lines(null)).isEmpty();
  }

  @Test
  void postedFormBecomesARegistrationRequest() {
    MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
    posted.putSingle("name", "Moodle");
    posted.putSingle("issuer", "https://lms");
    posted.putSingle("clientId", "c1");
    posted.putSingle("authLoginUrl", "https://lms/auth");
    posted.putSingle("accessTokenUrl", "https://lms/token");
    posted.putSingle("jwksUrl", "https://lms/certs");
    posted.putSingle("deploymentIds", "1\n2");
    PlatformRegistrationRequest request = RegistrationForm.from(posted).toRequest();
    assertThat(request)
        .isEqualTo(
            new PlatformRegistrationRequest(
                "Moodle",
                "https://lms",
                "c1",
                "https://lms/auth",
                "https://lms/token",
                "https://lms/certs",
                List.of("1", "2"),
                null,
                false,
                false));
  }

  @Test
  void missingFieldsAreShownEmpty() {
    RegistrationForm form = RegistrationForm.from(new MultivaluedHashMap<>());
    assertThat(form.values()).hasSize(10).containsValue("").doesNotContainValue(null);
    assertThat(form.values())
        .containsEntry("universityId", "")
        .containsEntry("operator", "false")
        .containsEntry("systemAdministratorAsInstructor", "false");
  }

  @Test
  void theUniversityAndTheSwitchesReachTheRequest() {
    MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
    posted.putSingle("universityId", " 42 ");
    posted.putSingle("operator", "true");
    posted.putSingle("systemAdministratorAsInstructor", "true");
    PlatformRegistrationRequest request = RegistrationForm.from(posted).toRequest();
    assertThat(request.universityId()).isEqualTo(42L);
    assertThat(request.operator()).isTrue();
    assertThat(request.systemAdministratorAsInstructor()).isTrue();
    posted.putSingle("universityId", "Dala");
    assertThatThrownBy(() -> RegistrationForm.from(posted).toRequest())
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("universityId"));
  }

  @Test
  void badRequestMarksTheFieldNamedByTheService() {
    FormErrors errors = RegistrationForm.ERRORS.of(new InvalidInput("deploymentIds[2]", "bad"));
    assertThat(errors.fields())
        .isEqualTo(Map.of("deploymentIds", "admin.form.error.deploymentIds"));
  }

  @Test
  void conflictMarksIssuerAndClientId() {
    FormErrors errors = RegistrationForm.ERRORS.of(new Conflict("taken"));
    assertThat(errors.fields())
        .containsEntry("issuer", RegistrationForm.DUPLICATE)
        .containsEntry("clientId", RegistrationForm.DUPLICATE);
  }

  @Test
  void refusalsNotAboutTheInputAreNotFormErrors() {
    DomainException notFound = new NotFound("gone");
    assertThatThrownBy(() -> RegistrationForm.ERRORS.of(notFound)).isSameAs(notFound);
    assertThatThrownBy(() -> PlatformPages.DeploymentInput.ERRORS.of(notFound)).isSameAs(notFound);
  }

  @Test
  void deploymentRefusalsAreTold() {
    assertThat(
            PlatformPages.DeploymentInput.ERRORS.of(new InvalidInput("deploymentId", "x")).fields())
        .containsEntry("deploymentId", "admin.deployment.error.invalid");
    assertThat(PlatformPages.DeploymentInput.ERRORS.of(new Conflict("x")).fields())
        .containsEntry("deploymentId", "admin.deployment.error.duplicate");
  }
}
