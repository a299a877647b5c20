package it.kenes.support;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What Kenes answered to a login initiation: normally a 302 to the platform's authorisation
 * endpoint carrying {@code state} and {@code nonce} (read from the Location), otherwise a refusal.
 */
public record LoginResult(HttpAnswer answer) {

  public int status() {
    return answer.status();
  }

  public boolean redirected() {
    return answer.status() == 302 && answer.location().isPresent();
  }

  /** The authorisation request URL; fails the test when Kenes did not redirect. */
  public URI authenticationRequest() {
    if (!redirected()) {
      throw new AssertionError("expected a 302 to the platform's auth URL, got " + answer);
    }
    return answer.location().orElseThrow();
  }

  /** The query parameters of the authorisation request. */
  public Map<String, String> authParameters() {
    return queryParameters(authenticationRequest());
  }

  public String state() {
    return authParameters().get("state");
  }

  public String nonce() {
    return authParameters().get("nonce");
  }

  /** The {@code Set-Cookie} header that binds the state to the browser, if any. */
  public Optional<String> stateCookieHeader() {
    return answer.headerValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("__Host-kenes_st_"))
        .findFirst();
  }

  public String problemType() {
    return answer.problemType();
  }

  static Map<String, String> queryParameters(URI uri) {
    Map<String, String> parameters = new LinkedHashMap<>();
    String query = uri.getRawQuery();
    if (query == null || query.isEmpty()) {
      return parameters;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      parameters.put(decode(name), decode(value));
    }
    return parameters;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
