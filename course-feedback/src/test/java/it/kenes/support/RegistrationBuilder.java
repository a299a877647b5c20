package it.kenes.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test data builder for the JSON body of {@code POST /api/admin/platforms}: valid by default, with
 * a unique issuer and client_id (so tests never collide, also on a database that outlives the run),
 * bent with {@link #with} and {@link #without}.
 */
public final class RegistrationBuilder {

  private final Map<String, Object> fields = new LinkedHashMap<>();

  private RegistrationBuilder() {}

  /** A valid registration of a made-up platform at {@code https://lms-<random>.example.edu}. */
  public static RegistrationBuilder aRegistration() {
    String suffix = Unique.suffix();
    String lms = "https://lms-" + suffix + ".example.edu";
    return new RegistrationBuilder()
        .with("name", "Test LMS " + suffix)
        .with("issuer", lms)
        .with("clientId", "kenes-" + suffix)
        .with("authLoginUrl", lms + "/oauth2/authorize")
        .with("accessTokenUrl", lms + "/oauth2/token")
        .with("jwksUrl", lms + "/oauth2/jwks")
        .with("deploymentIds", List.of("deployment-1"));
  }

  /** An independent copy to bend without changing this one. */
  public RegistrationBuilder copy() {
    RegistrationBuilder copy = new RegistrationBuilder();
    copy.fields.putAll(fields);
    return copy;
  }

  /** Sets a field to any JSON value (a string, a list, or null for an explicit JSON null). */
  public RegistrationBuilder with(String field, Object value) {
    fields.put(field, value);
    return this;
  }

  public RegistrationBuilder without(String field) {
    fields.remove(field);
    return this;
  }

  public String issuer() {
    return (String) fields.get("issuer");
  }

  public String clientId() {
    return (String) fields.get("clientId");
  }

  public Object field(String name) {
    return fields.get(name);
  }

  public String toJson() {
    return JsonText.of(fields);
  }
}
