package kz.kenes.lti.registration.dynamic;

import static kz.kenes.lti.registration.dynamic.DynamicRegistrationException.Kind.CONFIGURATION_INVALID;
import static kz.kenes.lti.registration.dynamic.DynamicRegistrationException.Kind.CONFIGURATION_UNAVAILABLE;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.minidev.json.JSONObject;

/**
 * What a platform says of itself in its OpenID configuration, as far as registering a tool needs
 * it: the issuer, the endpoints a launch and the services use, where to post the registration, and
 * the LTI platform configuration (product, version, supported messages).
 *
 * <p>Checked as Dynamic Registration §3.5.1 asks: the issuer must have the origin (scheme, host,
 * port) of the URL the configuration was fetched from, so that a configuration cannot register a
 * tool for another platform's issuer; every endpoint must be https unless plain http is allowed
 * (development only).
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0#platform-configuration">Dynamic
 *     Registration §3.5 Platform OpenID configuration</a>
 */
public record PlatformConfiguration(
    String issuer,
    URI authorizationEndpoint,
    URI tokenEndpoint,
    URI jwksUri,
    URI registrationEndpoint,
    String productFamilyCode,
    String version,
    List<String> messagesSupported,
    List<String> scopesSupported) {

  /** The claim of the LTI platform configuration inside the OpenID configuration. */
  public static final String LTI_PLATFORM_CONFIGURATION =
      "https://purl.imsglobal.org/spec/lti-platform-configuration";

  public PlatformConfiguration {
    messagesSupported = List.copyOf(messagesSupported);
    scopesSupported = List.copyOf(scopesSupported);
  }

  /**
   * Reads and checks a configuration document.
   *
   * @param configurationUrl where it was fetched from (the {@code openid_configuration} parameter)
   * @param json the document
   * @param httpAllowed whether plain http endpoints are accepted (development only)
   */
  public static PlatformConfiguration parse(
      URI configurationUrl, String json, boolean httpAllowed) {
    JSONObject document;
    try {
      document = JSONObjectUtils.parse(json);
    } catch (ParseException e) {
      throw new DynamicRegistrationException(
          CONFIGURATION_UNAVAILABLE,
          "The platform's OpenID configuration is not a JSON object: " + e.getMessage());
    }
    String issuer = requiredString(document, "issuer");
    requireSameOrigin(configurationUrl, issuer);
    JSONObject lti = object(document, LTI_PLATFORM_CONFIGURATION);
    return new PlatformConfiguration(
        issuer,
        endpoint(document, "authorization_endpoint", httpAllowed),
        endpoint(document, "token_endpoint", httpAllowed),
        endpoint(document, "jwks_uri", httpAllowed),
        endpoint(document, "registration_endpoint", httpAllowed),
        optionalString(lti, "product_family_code").orElse(""),
        optionalString(lti, "version").orElse(""),
        messageTypes(lti),
        strings(document.get("scopes_supported")));
  }

  /** Whether the platform says it supports the message type (say yes when it lists none). */
  public boolean supportsMessage(String type) {
    return messagesSupported.isEmpty() || messagesSupported.contains(type);
  }

  /**
   * Checks that {@code configurationUrl} is a URL Kenes may fetch: absolute, http(s), with a host,
   * without user info, https unless {@code httpAllowed}.
   */
  public static URI configurationUrl(String value, boolean httpAllowed) {
    if (value == null || value.isBlank()) {
      throw new DynamicRegistrationException(
          DynamicRegistrationException.Kind.BAD_REQUEST,
          "The registration link has no 'openid_configuration' parameter: start the registration"
              + " from the platform.");
    }
    return url("openid_configuration", value.strip(), httpAllowed);
  }

  private static void requireSameOrigin(URI configurationUrl, String issuer) {
    URI issuerUri;
    try {
      issuerUri = new URI(issuer);
    } catch (URISyntaxException e) {
      throw invalid("The platform's issuer '" + issuer + "' is not a URL.");
    }
    if (!origin(issuerUri).equals(origin(configurationUrl))) {
      throw invalid(
          "The platform's issuer '"
              + issuer
              + "' is not on the origin of its OpenID configuration ("
              + origin(configurationUrl)
              + "): Kenes refuses a configuration that speaks for another site.");
    }
  }

  /** scheme://host[:port], lower case, the default port left out. */
  static String origin(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || (scheme.equals("https") && port == 443)
            || (scheme.equals("http") && port == 80);
    return scheme + "://" + host + (defaultPort ? "" : ":" + port);
  }

  private static URI endpoint(JSONObject document, String name, boolean httpAllowed) {
    return url(name, requiredString(document, name), httpAllowed);
  }

  private static URI url(String name, String value, boolean httpAllowed) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw invalid("'" + name + "' is not a URL: " + value);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute()
        || uri.getHost() == null
        || uri.getRawUserInfo() != null
        || !(scheme.equals("https") || scheme.equals("http"))) {
      throw invalid("'" + name + "' must be an absolute http(s) URL: " + value);
    }
    if (scheme.equals("http") && !httpAllowed) {
      throw invalid(
          "'"
              + name
              + "' must be an https URL ("
              + value
              + "): plain http is accepted only in dev mode.");
    }
    return uri;
  }

  private static String requiredString(JSONObject document, String name) {
    return optionalString(document, name)
        .orElseThrow(() -> invalid("The platform's OpenID configuration has no '" + name + "'."));
  }

  private static Optional<String> optionalString(JSONObject document, String name) {
    Object value = document.get(name);
    return value instanceof String s && !s.isBlank() ? Optional.of(s.strip()) : Optional.empty();
  }

  private static JSONObject object(JSONObject document, String name) {
    Object value = document.get(name);
    if (value instanceof JSONObject object) {
      return object;
    }
    if (value instanceof Map<?, ?> map) {
      JSONObject object = new JSONObject();
      map.forEach((k, v) -> object.put(String.valueOf(k), v));
      return object;
    }
    return new JSONObject();
  }

  private static List<String> messageTypes(JSONObject lti) {
    List<String> types = new ArrayList<>();
    if (lti.get("messages_supported") instanceof List<?> messages) {
      for (Object message : messages) {
        if (message instanceof Map<?, ?> m && m.get("type") instanceof String type) {
          types.add(type);
        }
      }
    }
    return types;
  }

  private static List<String> strings(Object value) {
    if (!(value instanceof List<?> list)) {
      return List.of();
    }
    return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
  }

  private static DynamicRegistrationException invalid(String message) {
    return new DynamicRegistrationException(CONFIGURATION_INVALID, message);
  }
}
