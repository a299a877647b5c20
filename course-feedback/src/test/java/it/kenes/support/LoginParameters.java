package it.kenes.support;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The parameters of an OIDC third-party initiated login as a platform sends them ({@code iss},
 * {@code login_hint}, {@code target_link_uri}, {@code lti_message_hint}, {@code client_id}, {@code
 * lti_deployment_id}), bent with {@link #with} and {@link #without}.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-1-third-party-initiated-login">
 *     Security Framework §5.1.1.1</a>
 */
public final class LoginParameters {

  private final Map<String, String> values = new LinkedHashMap<>();

  LoginParameters() {}

  public LoginParameters with(String name, String value) {
    values.put(name, value);
    return this;
  }

  public LoginParameters without(String name) {
    values.remove(name);
    return this;
  }

  public String get(String name) {
    return values.get(name);
  }

  public Map<String, String> asMap() {
    return Collections.unmodifiableMap(values);
  }

  /** The URL-encoded query string. */
  public String toQuery() {
    return values.entrySet().stream()
        .filter(e -> e.getValue() != null)
        .map(e -> VirtualBrowser.encode(e.getKey()) + "=" + VirtualBrowser.encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }
}
