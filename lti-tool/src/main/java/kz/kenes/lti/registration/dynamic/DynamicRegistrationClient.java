package kz.kenes.lti.registration.dynamic;

import static kz.kenes.lti.registration.dynamic.DynamicRegistrationException.Kind.CONFIGURATION_UNAVAILABLE;
import static kz.kenes.lti.registration.dynamic.DynamicRegistrationException.Kind.PLATFORM_REFUSED;
import static kz.kenes.lti.registration.dynamic.DynamicRegistrationException.Kind.PLATFORM_UNAVAILABLE;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.client.ClientRegistrationErrorResponse;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import com.nimbusds.openid.connect.sdk.rp.OIDCClientRegistrationRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.minidev.json.JSONObject;

/**
 * The tool's side of a dynamic registration over HTTP: fetch the platform's OpenID configuration,
 * then post the client registration with the platform's registration token as Bearer. Bounded:
 * connect and whole-answer timeouts, answers of at most {@link #MAX_ANSWER_BYTES}, no redirects
 * followed (a configuration URL cannot bounce Kenes elsewhere).
 *
 * @see <a
 *     href="https://www.imsglobal.org/spec/lti-dr/v1p0#step-2-discovery-and-openid-configuration">
 *     Dynamic Registration §3.4 Discovery, §3.5 Client registration</a>
 */
public final class DynamicRegistrationClient {

  /** The largest configuration or registration answer Kenes reads. */
  public static final int MAX_ANSWER_BYTES = 256 * 1024;

  private final HttpClient http;
  private final Duration timeout;
  private final boolean httpAllowed;

  /**
   * @param timeout how long one request may take, connection included
   * @param httpAllowed whether plain http platform URLs are accepted (development only)
   */
  public DynamicRegistrationClient(Duration timeout, boolean httpAllowed) {
    this.timeout = Objects.requireNonNull(timeout);
    this.httpAllowed = httpAllowed;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Fetches and checks the configuration at {@code configurationUrl}. */
  public PlatformConfiguration fetchConfiguration(URI configurationUrl, String registrationToken) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(configurationUrl)
            .timeout(timeout)
            .header("Accept", "application/json")
            .GET();
    if (registrationToken != null && !registrationToken.isBlank()) {
      request.header("Authorization", "Bearer " + registrationToken);
    }
    Answer answer;
    try {
      answer = send(request.build());
    } catch (IOException e) {
      throw new DynamicRegistrationException(
          CONFIGURATION_UNAVAILABLE,
          "Kenes could not fetch the platform's OpenID configuration from "
              + configurationUrl
              + ": "
              + describe(e),
          e);
    }
    if (answer.status() != 200) {
      throw new DynamicRegistrationException(
          CONFIGURATION_UNAVAILABLE,
          "The platform answered HTTP "
              + answer.status()
              + " for its OpenID configuration at "
              + configurationUrl
              + ".");
    }
    return PlatformConfiguration.parse(configurationUrl, answer.body(), httpAllowed);
  }

  /** Registers {@code tool} with {@code platform}; the platform's refusal is an exception. */
  public RegisteredTool register(
      PlatformConfiguration platform, ToolRegistration tool, String registrationToken) {
    HTTPRequest request = registrationRequest(platform, tool, registrationToken);
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(request.getURI())
            .timeout(timeout)
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(request.getBody(), StandardCharsets.UTF_8));
    for (Map.Entry<String, List<String>> header : request.getHeaderMap().entrySet()) {
      for (String value : header.getValue()) {
        builder.header(header.getKey(), value);
      }
    }
    Answer answer;
    try {
      answer = send(builder.build());
    } catch (IOException e) {
      throw new DynamicRegistrationException(
          PLATFORM_UNAVAILABLE,
          "Kenes could not reach the platform's registration endpoint "
              + platform.registrationEndpoint()
              + ": "
              + describe(e),
          e);
    }
    return parseAnswer(answer.status(), answer.contentType(), answer.body());
  }

  /** The client registration request (Nimbus), with the token as Bearer when there is one. */
  public static HTTPRequest registrationRequest(
      PlatformConfiguration platform, ToolRegistration tool, String registrationToken) {
    BearerAccessToken bearer =
        registrationToken == null || registrationToken.isBlank()
            ? null
            : new BearerAccessToken(registrationToken);
    return new OIDCClientRegistrationRequest(
            platform.registrationEndpoint(), tool.metadataFor(platform), bearer)
        .toHTTPRequest();
  }

  /**
   * Reads the platform's answer to a registration: the client id and the deployment id, or the
   * platform's error (RFC 7591 §3.2.2 error and description, or its status and text). A success is
   * read for those two values only: platforms echo the rest of the metadata with their own
   * liberties (an http login URL in development, empty strings), which need not stop Kenes.
   */
  public static RegisteredTool parseAnswer(int status, String contentType, String body) {
    if (status == 200 || status == 201) {
      return registered(body);
    }
    HTTPResponse response = new HTTPResponse(status);
    response.setContent(body == null ? "" : body);
    if (contentType != null) {
      try {
        response.setContentType(contentType);
      } catch (ParseException ignored) {
        // the parser below judges the body as it is
      }
    }
    ClientRegistrationErrorResponse error;
    try {
      error = ClientRegistrationErrorResponse.parse(response);
    } catch (ParseException e) {
      throw refusedOrUnreadable(status, body, e);
    }
    throw refused(status, error.getErrorObject(), body);
  }

  private static RegisteredTool registered(String body) {
    JSONObject answer;
    try {
      answer = JSONObjectUtils.parse(body == null ? "" : body);
    } catch (ParseException e) {
      throw new DynamicRegistrationException(
          PLATFORM_UNAVAILABLE,
          "The platform's answer to the registration is not JSON: " + excerpt(String.valueOf(body)),
          e);
    }
    Object clientId = answer.get("client_id");
    if (!(clientId instanceof String id) || id.isBlank()) {
      throw new DynamicRegistrationException(
          PLATFORM_UNAVAILABLE, "The platform's answer to the registration has no client_id.");
    }
    Object lti = answer.get(ToolRegistration.LTI_TOOL_CONFIGURATION);
    String deploymentId =
        lti instanceof Map<?, ?> configuration && configuration.get("deployment_id") != null
            ? String.valueOf(configuration.get("deployment_id"))
            : null;
    return new RegisteredTool(id, deploymentId);
  }

  private static DynamicRegistrationException refused(int status, ErrorObject error, String body) {
    String code = error == null ? null : error.getCode();
    String description = error == null ? null : error.getDescription();
    StringBuilder message = new StringBuilder("The platform refused the registration (HTTP ");
    message.append(status).append(")");
    if (code != null) {
      message.append(": ").append(code);
    }
    if (description != null) {
      message.append(": ").append(description);
    }
    if (code == null && description == null && body != null && !body.isBlank()) {
      message.append(": ").append(excerpt(body));
    }
    return new DynamicRegistrationException(PLATFORM_REFUSED, message.toString());
  }

  private static DynamicRegistrationException refusedOrUnreadable(
      int status, String body, ParseException e) {
    if (status >= 400) {
      return new DynamicRegistrationException(
          PLATFORM_REFUSED,
          "The platform refused the registration (HTTP "
              + status
              + ")"
              + (body == null || body.isBlank() ? "." : ": " + excerpt(body)));
    }
    return new DynamicRegistrationException(
        PLATFORM_UNAVAILABLE,
        "The platform's answer to the registration is not a client registration: " + e.getMessage(),
        e);
  }

  /** The first 300 characters of a platform's text, one line. */
  static String excerpt(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
  }

  private static String describe(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private record Answer(int status, String contentType, String body) {}

  private Answer send(HttpRequest request) throws IOException {
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        byte[] bytes = in.readNBytes(MAX_ANSWER_BYTES + 1);
        if (bytes.length > MAX_ANSWER_BYTES) {
          throw new IOException("the answer is larger than " + MAX_ANSWER_BYTES / 1024 + " KiB");
        }
        return new Answer(
            response.statusCode(),
            response.headers().firstValue("Content-Type").orElse(null),
            new String(bytes, StandardCharsets.UTF_8));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
