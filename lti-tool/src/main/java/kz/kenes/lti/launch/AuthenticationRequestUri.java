package kz.kenes.lti.launch;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Appends query parameters to the platform's OIDC authorisation endpoint, keeping the query it
 * already has and dropping any fragment (RFC 6749 §3.1). Values are percent-encoded as
 * application/x-www-form-urlencoded, with spaces as {@code %20}.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-2-authentication-request">
 *     Security Framework §5.1.1.2</a>
 */
final class AuthenticationRequestUri {

  private AuthenticationRequestUri() {}

  static URI build(URI endpoint, Map<String, String> parameters) {
    String base = withoutFragment(endpoint.toString());
    String existing = endpoint.getRawQuery();
    String separator;
    if (existing == null) {
      separator = base.endsWith("?") ? "" : "?";
    } else {
      separator = existing.isEmpty() || base.endsWith("&") ? "" : "&";
    }
    return URI.create(base + separator + encode(parameters));
  }

  private static String encode(Map<String, String> parameters) {
    return parameters.entrySet().stream()
        .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String withoutFragment(String uri) {
    int hash = uri.indexOf('#');
    return hash < 0 ? uri : uri.substring(0, hash);
  }
}
