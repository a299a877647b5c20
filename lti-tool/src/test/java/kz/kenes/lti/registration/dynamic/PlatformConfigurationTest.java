package kz.kenes.lti.registration.dynamic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatformConfigurationTest {

  static final URI CONFIG_URL =
      URI.create("https://moodle.example.edu/mod/lti/openid-configuration.php");

  /** Moodle 4.5's configuration, shortened to what Kenes reads. */
  static String moodle(String issuer, String base) {
    return """
        {"issuer":"%1$s",
         "token_endpoint":"%2$s/mod/lti/token.php",
         "token_endpoint_auth_methods_supported":["private_key_jwt"],
         "token_endpoint_auth_signing_alg_values_supported":["RS256"],
         "jwks_uri":"%2$s/mod/lti/certs.php",
         "authorization_endpoint":"%2$s/mod/lti/auth.php",
         "registration_endpoint":"%2$s/mod/lti/openid-registration.php",
         "scopes_supported":["https://purl.imsglobal.org/spec/lti-bo/scope/basicoutcome",
           "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
           "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
           "https://purl.imsglobal.org/spec/lti-ags/scope/score",
           "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
           "openid"],
         "response_types_supported":["id_token"],
         "subject_types_supported":["public","pairwise"],
         "id_token_signing_alg_values_supported":["RS256"],
         "claims_supported":["sub","iss","name","given_name","family_name","email"],
         "https://purl.imsglobal.org/spec/lti-platform-configuration":{
           "product_family_code":"moodle","version":"4.5",
           "messages_supported":[{"type":"LtiResourceLinkRequest"},{"type":"LtiDeepLinkingRequest"}],
           "variables":["CourseSection.timeFrame.end"]}}
        """
        .formatted(issuer, base);
  }

  @Test
  void readsMoodlesConfiguration() {
    PlatformConfiguration config =
        PlatformConfiguration.parse(
            CONFIG_URL, moodle("https://moodle.example.edu", "https://moodle.example.edu"), false);

    assertThat(config.issuer()).isEqualTo("https://moodle.example.edu");
    assertThat(config.registrationEndpoint())
        .hasToString("https://moodle.example.edu/mod/lti/openid-registration.php");
    assertThat(config.authorizationEndpoint())
        .hasToString("https://moodle.example.edu/mod/lti/auth.php");
    assertThat(config.productFamilyCode()).isEqualTo("moodle");
    assertThat(config.version()).isEqualTo("4.5");
    assertThat(config.supportsMessage("LtiDeepLinkingRequest")).isTrue();
  }

  @Test
  void acceptsAnIssuerWithAPathOnTheSameOrigin() {
    URI url = URI.create("https://example.edu/moodle/mod/lti/openid-configuration.php");
    PlatformConfiguration config =
        PlatformConfiguration.parse(
            url, moodle("https://example.edu/moodle", "https://example.edu/moodle"), false);
    assertThat(config.issuer()).isEqualTo("https://example.edu/moodle");
  }

  @ParameterizedTest(name = "issuer {0} refused for a configuration on moodle.example.edu")
  @CsvSource({
    "https://evil.example.org",
    "https://moodle.example.edu.evil.org",
    "http://moodle.example.edu",
    "https://moodle.example.edu:8443",
    "moodle.example.edu"
  })
  void refusesAnIssuerOnAnotherOrigin(String issuer) {
    assertThatThrownBy(
            () ->
                PlatformConfiguration.parse(
                    CONFIG_URL, moodle(issuer, "https://moodle.example.edu"), true))
        .isInstanceOf(DynamicRegistrationException.class)
        .hasMessageContaining("is not on the origin of its OpenID configuration")
        .extracting(e -> ((DynamicRegistrationException) e).kind())
        .isEqualTo(DynamicRegistrationException.Kind.CONFIGURATION_INVALID);
  }

  @Test
  void refusesPlainHttpEndpointsOutsideDevMode() {
    URI url = URI.create("http://moodle.example.edu/mod/lti/openid-configuration.php");
    String json = moodle("http://moodle.example.edu", "http://moodle.example.edu");

    assertThatThrownBy(() -> PlatformConfiguration.parse(url, json, false))
        .hasMessageContaining("must be an https URL");
    assertThat(PlatformConfiguration.parse(url, json, true).tokenEndpoint())
        .hasToString("http://moodle.example.edu/mod/lti/token.php");
  }

  @Test
  void refusesAConfigurationURLOverPlainHttpOutsideDevMode() {
    assertThatThrownBy(
            () -> PlatformConfiguration.configurationUrl("http://moodle.example.edu/c", false))
        .hasMessageContaining("must be an https URL");
    assertThatThrownBy(() -> PlatformConfiguration.configurationUrl("https://user@x.edu/c", false))
        .hasMessageContaining("absolute http(s) URL");
    assertThatThrownBy(() -> PlatformConfiguration.configurationUrl(null, false))
        .hasMessageContaining("no 'openid_configuration' parameter");
  }

  @Test
  void refusesAConfigurationWithoutRegistrationEndpoint() {
    String json =
        moodle("https://moodle.example.edu", "https://moodle.example.edu")
            .replace("\"registration_endpoint\"", "\"other_endpoint\"");
    assertThatThrownBy(() -> PlatformConfiguration.parse(CONFIG_URL, json, false))
        .hasMessage("The platform's OpenID configuration has no 'registration_endpoint'.");
  }

  @Test
  void refusesADocumentThatIsNoJsonObject() {
    assertThatThrownBy(() -> PlatformConfiguration.parse(CONFIG_URL, "<html>", false))
        .isInstanceOf(DynamicRegistrationException.class)
        .extracting(e -> ((DynamicRegistrationException) e).kind())
        .isEqualTo(DynamicRegistrationException.Kind.CONFIGURATION_UNAVAILABLE);
  }
}
