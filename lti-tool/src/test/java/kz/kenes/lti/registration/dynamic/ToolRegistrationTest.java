package kz.kenes.lti.registration.dynamic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import java.net.URI;
import java.util.List;
import java.util.Map;
import kz.kenes.lti.ToolConfiguration;
import net.minidev.json.JSONObject;
import org.junit.jupiter.api.Test;

class ToolRegistrationTest {

  static final ToolRegistration KENES =
      new ToolRegistration(
          new ToolConfiguration(URI.create("https://kenes.example.edu")),
          "Kenes",
          "Program feedback");

  static PlatformConfiguration moodle() {
    return PlatformConfiguration.parse(
        PlatformConfigurationTest.CONFIG_URL,
        PlatformConfigurationTest.moodle(
            "https://moodle.example.edu", "https://moodle.example.edu"),
        false);
  }

  @Test
  void requestCarriesWhatMoodleRequires() throws Exception {
    HTTPRequest request =
        DynamicRegistrationClient.registrationRequest(moodle(), KENES, "reg-token");

    assertThat(request.getMethod()).isEqualTo(HTTPRequest.Method.POST);
    assertThat(request.getURI())
        .hasToString("https://moodle.example.edu/mod/lti/openid-registration.php");
    assertThat(request.getAuthorization()).isEqualTo("Bearer reg-token");
    assertThat(request.getEntityContentType().getType()).isEqualTo("application/json");
    JSONObject body = JSONObjectUtils.parse(request.getBody());
    assertThat(body.get("application_type")).isEqualTo("web");
    assertThat((List<Object>) body.get("response_types")).containsExactly("id_token");
    assertThat((List<Object>) body.get("grant_types"))
        .containsExactlyInAnyOrder("implicit", "client_credentials");
    assertThat(body.get("initiate_login_uri")).isEqualTo("https://kenes.example.edu/lti/login");
    assertThat((List<Object>) body.get("redirect_uris"))
        .containsExactly("https://kenes.example.edu/lti/launch");
    assertThat(body.get("jwks_uri")).isEqualTo("https://kenes.example.edu/lti/jwks");
    assertThat(body.get("token_endpoint_auth_method")).isEqualTo("private_key_jwt");
    assertThat(body.get("client_name")).isEqualTo("Kenes");
    assertThat(List.of(((String) body.get("scope")).split(" ")))
        .containsExactlyInAnyOrder(
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
            "https://purl.imsglobal.org/spec/lti-ags/scope/score",
            "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");
  }

  @Test
  void ltiToolConfigurationNamesDomainTargetClaimsAndDeepLinking() throws Exception {
    HTTPRequest request = DynamicRegistrationClient.registrationRequest(moodle(), KENES, null);

    assertThat(request.getAuthorization()).isNull();
    JSONObject body = JSONObjectUtils.parse(request.getBody());
    Map<?, ?> lti = (Map<?, ?>) body.get(ToolRegistration.LTI_TOOL_CONFIGURATION);
    assertThat(lti.get("domain")).isEqualTo("kenes.example.edu");
    assertThat(lti.get("target_link_uri")).isEqualTo("https://kenes.example.edu/lti/launch");
    assertThat((List<Object>) lti.get("claims")).contains("iss", "sub", "name", "email");
    List<?> messages = (List<?>) lti.get("messages");
    assertThat(messages).hasSize(1);
    Map<?, ?> deepLinking = (Map<?, ?>) messages.get(0);
    assertThat(deepLinking.get("type")).isEqualTo("LtiDeepLinkingRequest");
    assertThat(deepLinking.get("target_link_uri"))
        .isEqualTo("https://kenes.example.edu/lti/launch");
  }

  @Test
  void asksOnlyForScopesThePlatformOffers() {
    PlatformConfiguration noNrps =
        PlatformConfiguration.parse(
            PlatformConfigurationTest.CONFIG_URL,
            PlatformConfigurationTest.moodle(
                    "https://moodle.example.edu", "https://moodle.example.edu")
                .replace(
                    "\"https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly\",",
                    ""),
            false);
    assertThat(KENES.scopesFor(noNrps))
        .doesNotContain(ToolRegistration.SCOPE_MEMBERSHIPS)
        .hasSize(3);
  }

  @Test
  void aToolOnPlainHttpStillSendsItsLoginUrl() throws Exception {
    ToolRegistration dev =
        new ToolRegistration(
            new ToolConfiguration(URI.create("http://localhost:9080")), "Kenes", "dev");
    JSONObject body =
        JSONObjectUtils.parse(
            DynamicRegistrationClient.registrationRequest(moodle(), dev, null).getBody());
    assertThat(body.get("initiate_login_uri")).isEqualTo("http://localhost:9080/lti/login");
  }

  @Test
  void domainKeepsANonDefaultPort() {
    assertThat(ToolRegistration.domain(URI.create("http://localhost:9080")))
        .isEqualTo("localhost:9080");
  }

  @Test
  void readsClientIdAndDeploymentIdFromMoodlesAnswer() {
    String answer =
        """
        {"client_id":"kD8iQ2x","response_types":["id_token"],"jwks_uri":"https://kenes.example.edu/lti/jwks",
         "initiate_login_uri":"https://kenes.example.edu/lti/login","grant_types":["client_credentials","implicit"],
         "redirect_uris":["https://kenes.example.edu/lti/launch"],"application_type":"web",
         "token_endpoint_auth_method":"private_key_jwt","client_name":"Kenes",
         "scope":"https://purl.imsglobal.org/spec/lti-ags/scope/score",
         "https://purl.imsglobal.org/spec/lti-tool-configuration":{"version":"1.3.0","deployment_id":"7",
           "target_link_uri":"https://kenes.example.edu/lti/launch","domain":"kenes.example.edu",
           "claims":["iss","sub"],"messages":[]}}
        """;

    RegisteredTool tool = DynamicRegistrationClient.parseAnswer(200, "application/json", answer);

    assertThat(tool).isEqualTo(new RegisteredTool("kD8iQ2x", "7"));
  }

  @Test
  void anEchoedHttpLoginUrlOrEmptyFieldDoesNotStopTheRegistration() {
    String answer =
        "{\"client_id\":\"c1\",\"initiate_login_uri\":\"http://localhost:9080/lti/login\","
            + "\"logo_uri\":\"\",\"https://purl.imsglobal.org/spec/lti-tool-configuration\":"
            + "{\"deployment_id\":3}}";
    assertThat(DynamicRegistrationClient.parseAnswer(201, "application/json", answer))
        .isEqualTo(new RegisteredTool("c1", "3"));
  }

  @Test
  void anAnswerWithoutClientIdIsNoRegistration() {
    assertThatThrownBy(() -> DynamicRegistrationClient.parseAnswer(200, "application/json", "{}"))
        .hasMessage("The platform's answer to the registration has no client_id.");
  }

  @Test
  void anErrorAnswerCarriesThePlatformsErrorAndDescription() {
    String answer =
        "{\"error\":\"invalid_client_metadata\",\"error_description\":\"Missing domain\"}";

    assertThatThrownBy(() -> DynamicRegistrationClient.parseAnswer(400, "application/json", answer))
        .isInstanceOf(DynamicRegistrationException.class)
        .hasMessage(
            "The platform refused the registration (HTTP 400): invalid_client_metadata: Missing"
                + " domain")
        .extracting(e -> ((DynamicRegistrationException) e).kind())
        .isEqualTo(DynamicRegistrationException.Kind.PLATFORM_REFUSED);
  }

  @Test
  void aPlainTextRefusalIsShownAsTheplatformWroteIt() {
    assertThatThrownBy(
            () -> DynamicRegistrationClient.parseAnswer(401, "text/plain", "Unauthorized token"))
        .hasMessage("The platform refused the registration (HTTP 401): Unauthorized token");
  }
}
