package kz.kenes.integration.lti.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import kz.kenes.integration.lti.api.PlatformRegistrationRequest;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.errors.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationInputTest {

  static PlatformRegistrationRequest valid() {
    return new PlatformRegistrationRequest(
        "Moodle of KazNU",
        "https://moodle.example.edu",
        "client-1",
        "https://moodle.example.edu/mod/lti/auth.php",
        "https://moodle.example.edu/mod/lti/token.php",
        "https://moodle.example.edu/mod/lti/certs.php",
        List.of("1"),
        null,
        null,
        null);
  }

  static PlatformRegistrationRequest with(String field, Object value) {
    PlatformRegistrationRequest r = valid();
    return new PlatformRegistrationRequest(
        field.equals("name") ? (String) value : r.name(),
        field.equals("issuer") ? (String) value : r.issuer(),
        field.equals("clientId") ? (String) value : r.clientId(),
        field.equals("authLoginUrl") ? (String) value : r.authLoginUrl(),
        field.equals("accessTokenUrl") ? (String) value : r.accessTokenUrl(),
        field.equals("jwksUrl") ? (String) value : r.jwksUrl(),
        field.equals("deploymentIds") ? deploymentIds(value) : r.deploymentIds(),
        null,
        null,
        null);
  }

  @SuppressWarnings("unchecked")
  private static List<String> deploymentIds(Object value) {
    return (List<String>) value;
  }

  static Stream<Arguments> invalidRequests() {
    return Stream.of(
        Arguments.of("name", null, "name"),
        Arguments.of("name", "  ", "name"),
        Arguments.of("name", "x".repeat(201), "name"),
        Arguments.of("issuer", null, "issuer"),
        Arguments.of("issuer", "https://lms example.edu", "issuer"),
        Arguments.of("clientId", "", "clientId"),
        Arguments.of("authLoginUrl", "/mod/lti/auth.php", "authLoginUrl"),
        Arguments.of("authLoginUrl", "ftp://lms.example.edu/auth", "authLoginUrl"),
        Arguments.of("authLoginUrl", "javascript:alert(1)", "authLoginUrl"),
        Arguments.of("accessTokenUrl", "https://user:pw@lms.example.edu/token", "accessTokenUrl"),
        Arguments.of("jwksUrl", "not a url", "jwksUrl"),
        Arguments.of("jwksUrl", "https://lms.example.edu/certs#frag", "jwksUrl"),
        Arguments.of("deploymentIds", List.of(), "deploymentIds"),
        Arguments.of("deploymentIds", null, "deploymentIds"),
        Arguments.of(
            "deploymentIds", new ArrayList<>(Arrays.asList("1", " ")), "deploymentIds[1]"));
  }

  @ParameterizedTest(name = "{0} = {1} is refused naming {2}")
  @MethodSource("invalidRequests")
  void refusesInvalidFieldNamingIt(String field, Object value, String named) {
    assertThatThrownBy(() -> RegistrationInput.validate(with(field, value), true))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(Problems.status(e)).isEqualTo(400);
              assertThat(e.fieldErrors()).containsKey(named);
              assertThat(e.getMessage()).contains(named);
            });
  }

  @Test
  void namesEveryInvalidFieldAtOnce() {
    PlatformRegistrationRequest r = valid();
    PlatformRegistrationRequest bad =
        new PlatformRegistrationRequest(
            "",
            r.issuer(),
            r.clientId(),
            "/relative",
            r.accessTokenUrl(),
            "ftp://x/y",
            List.of(),
            null,
            null,
            null);
    assertThatThrownBy(() -> RegistrationInput.validate(bad, true))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.fieldErrors())
                  .containsOnlyKeys("name", "authLoginUrl", "jwksUrl", "deploymentIds");
              assertThat(e.getMessage()).startsWith("4 fields are invalid:");
            });
  }

  @Test
  void refusesMissingBody() {
    assertThatThrownBy(() -> RegistrationInput.validate(null, false))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.fieldErrors()).containsKey("body"));
  }

  @Test
  void trimsFieldsAndDropsDuplicateDeploymentsKeepingOrder() {
    UnaryOperator<String> pad = s -> "  " + s + " ";
    PlatformRegistrationRequest r = valid();
    RegistrationInput input =
        RegistrationInput.validate(
            new PlatformRegistrationRequest(
                pad.apply(r.name()),
                r.issuer(),
                r.clientId(),
                r.authLoginUrl(),
                r.accessTokenUrl(),
                r.jwksUrl(),
                List.of("b", "a", "b"),
                null,
                null,
                null),
            false);
    assertThat(input.name()).isEqualTo("Moodle of KazNU");
    assertThat(input.deploymentIds()).containsExactly("b", "a");
  }

  @Test
  void aRegistrationServesNoUniversityAndIsNotTheOperatorsUnlessToldSo() {
    RegistrationInput plain = RegistrationInput.validate(valid(), false);
    RegistrationInput own = RegistrationInput.validate(valid().servingUniversity(42L, true), false);

    assertThat(plain.universityId()).isNull();
    assertThat(plain.operator()).isFalse();
    assertThat(plain.systemAdminAsInstructor()).isFalse();
    assertThat(own.universityId()).isEqualTo(42L);
    assertThat(own.operator()).isTrue();
  }

  @Test
  void acceptsHttpsOutsideDevMode() {
    RegistrationInput input = RegistrationInput.validate(valid(), false);
    assertThat(input.jwksUrl()).isEqualTo("https://moodle.example.edu/mod/lti/certs.php");
  }

  @ParameterizedTest(name = "{0} over http is refused outside dev mode")
  @ValueSource(strings = {"authLoginUrl", "accessTokenUrl", "jwksUrl"})
  void refusesPlainHttpOutsideDevModeNamingTheField(String field) {
    assertThatThrownBy(
            () -> RegistrationInput.validate(with(field, "http://lms.example.edu/x"), false))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(Problems.status(e)).isEqualTo(400);
              assertThat(e.fieldErrors()).containsOnlyKeys(field);
              assertThat(e.getMessage())
                  .contains("'" + field + "' must be an https URL", "dev mode");
            });
  }

  @Test
  void refusesPlainHttpOnLoopbackTooOutsideDevMode() {
    assertThatThrownBy(
            () -> RegistrationInput.validate(with("jwksUrl", "http://127.0.0.1:8080/jwks"), false))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("jwksUrl"));
  }

  @ParameterizedTest(name = "{0} over http is accepted in dev mode")
  @ValueSource(strings = {"authLoginUrl", "accessTokenUrl", "jwksUrl"})
  void acceptsPlainHttpInDevMode(String field) {
    RegistrationInput input =
        RegistrationInput.validate(with(field, "http://127.0.0.1:8080/x"), true);
    assertThat(List.of(input.authLoginUrl(), input.accessTokenUrl(), input.jwksUrl()))
        .contains("http://127.0.0.1:8080/x");
  }
}
