package kz.kenes.devplatform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import kz.kenes.integration.lti.application.DynamicRegistrationService;
import kz.kenes.platform.config.KenesConfig;

/**
 * The development platform's side of LTI Dynamic Registration: its OpenID configuration, its
 * registration endpoint (which accepts only registration tokens it issued, once each, and gives
 * every registration a new client id and deployment id), and the start of a registration, which
 * creates a Kenes registration link as the operator would and sends the browser to Kenes's
 * registration page with the platform's parameters. Registrations are kept in memory, to show.
 */
@ApplicationScoped
public class DevDynamicRegistration {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject KenesConfig config;
  @Inject DynamicRegistrationService registration;

  private final Set<String> tokens = ConcurrentHashMap.newKeySet();
  private final List<String> registered = new CopyOnWriteArrayList<>();

  /** A registration the platform made: what it answered Kenes. */
  public record Registered(String clientId, String deploymentId) {}

  private DevPlatform platform() {
    return new DevPlatform(config.publicUrl());
  }

  public String configurationUrl() {
    return platform().issuer() + "/openid-configuration";
  }

  public String registrationEndpoint() {
    return platform().issuer() + "/register";
  }

  /** Where the browser goes to register Kenes: Kenes's page with a fresh link and token. */
  public URI start() {
    String token = random();
    tokens.add(token);
    URI link = registration.createLink(null).url();
    return URI.create(
        link
            + "&openid_configuration="
            + URLEncoder.encode(configurationUrl(), StandardCharsets.UTF_8)
            + "&registration_token="
            + token);
  }

  /** The platform's OpenID configuration (Dynamic Registration §3.5). */
  public JsonObject configuration() {
    DevPlatform p = platform();
    return Json.createObjectBuilder()
        .add("issuer", p.issuer())
        .add("authorization_endpoint", p.authUrl())
        .add("token_endpoint", p.tokenUrl())
        .add("jwks_uri", p.jwksUrl())
        .add("registration_endpoint", registrationEndpoint())
        .add(
            "token_endpoint_auth_methods_supported",
            Json.createArrayBuilder().add("private_key_jwt"))
        .add("response_types_supported", Json.createArrayBuilder().add("id_token"))
        .add("subject_types_supported", Json.createArrayBuilder().add("public"))
        .add("id_token_signing_alg_values_supported", Json.createArrayBuilder().add("RS256"))
        .add(
            "scopes_supported",
            Json.createArrayBuilder()
                .add("openid")
                .add("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem")
                .add("https://purl.imsglobal.org/spec/lti-ags/scope/score")
                .add("https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly")
                .add("https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"))
        .add(
            "https://purl.imsglobal.org/spec/lti-platform-configuration",
            Json.createObjectBuilder()
                .add("product_family_code", "kenes-dev")
                .add("version", "1.0")
                .add(
                    "messages_supported",
                    Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "LtiResourceLinkRequest"))
                        .add(Json.createObjectBuilder().add("type", "LtiDeepLinkingRequest"))))
        .build();
  }

  /**
   * Registers a tool: null when the bearer is no token this platform issued (or was used), else the
   * answer with the new client id and deployment id.
   */
  public JsonObject register(String bearer, String body) {
    if (bearer == null || !tokens.remove(bearer)) {
      return null;
    }
    JsonObject request;
    try (JsonReader reader = Json.createReader(new StringReader(body == null ? "{}" : body))) {
      request = reader.readObject();
    }
    String clientId = "kenes-dev-dr-" + random().substring(0, 12);
    String deploymentId = "dev-dr-" + (registered.size() + 1);
    registered.add(clientId + " / " + deploymentId);
    JsonObject lti =
        request.getJsonObject("https://purl.imsglobal.org/spec/lti-tool-configuration");
    return Json.createObjectBuilder(request)
        .add("client_id", clientId)
        .add(
            "https://purl.imsglobal.org/spec/lti-tool-configuration",
            Json.createObjectBuilder(lti == null ? JsonObject.EMPTY_JSON_OBJECT : lti)
                .add("deployment_id", deploymentId))
        .build();
  }

  /** The registrations made so far, "client id / deployment id". */
  public List<String> registered() {
    return List.copyOf(registered);
  }

  private static String random() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
