package kz.kenes.integration.lti.application;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import kz.kenes.integration.lti.api.PlatformRegistrationRequest;
import kz.kenes.integration.lti.persistence.PlatformRegistrationEntity;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.text.UntrustedText;

/**
 * A registration request after validation: every field present, trimmed and within bounds, and the
 * platform's URLs (login, token, key set) https unless dev mode allows plain http.
 */
record RegistrationInput(
    String name,
    String issuer,
    String clientId,
    String authLoginUrl,
    String accessTokenUrl,
    String jwksUrl,
    Set<String> deploymentIds,
    Long universityId,
    boolean operator,
    boolean systemAdminAsInstructor) {

  /**
   * Validates a request.
   *
   * @param httpAllowed whether the platform's URLs may be plain http (dev mode only: the key set
   *     decides which signatures Kenes trusts, so fetching it in clear lets anyone on the path sign
   *     launches)
   */
  static RegistrationInput validate(PlatformRegistrationRequest r, boolean httpAllowed) {
    if (r == null) {
      throw new InvalidInput("body", "A JSON body with the registration is required.");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    RegistrationInput input =
        new RegistrationInput(
            check(errors, "name", () -> text("name", r.name(), 200)),
            check(errors, "issuer", () -> identifier("issuer", r.issuer(), 500)),
            check(errors, "clientId", () -> identifier("clientId", r.clientId(), 255)),
            check(errors, "authLoginUrl", () -> url("authLoginUrl", r.authLoginUrl(), httpAllowed)),
            check(
                errors,
                "accessTokenUrl",
                () -> url("accessTokenUrl", r.accessTokenUrl(), httpAllowed)),
            check(errors, "jwksUrl", () -> url("jwksUrl", r.jwksUrl(), httpAllowed)),
            check(errors, "deploymentIds", () -> deploymentIds(r.deploymentIds())),
            r.universityId(),
            Boolean.TRUE.equals(r.operator()),
            Boolean.TRUE.equals(r.systemAdministratorAsInstructor()));
    if (errors.size() == 1) {
      Map.Entry<String, String> only = errors.entrySet().iterator().next();
      throw new InvalidInput(only.getKey(), only.getValue());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(
          "invalid-input",
          errors.size() + " fields are invalid: " + String.join(" ", errors.values()),
          errors);
    }
    return input;
  }

  /** The checked value, or null with the refusal recorded under the field it names. */
  private static <T> T check(Map<String, String> errors, String field, Supplier<T> checker) {
    try {
      return checker.get();
    } catch (DomainException e) {
      e.fieldErrors().forEach(errors::putIfAbsent);
      if (e.fieldErrors().isEmpty()) {
        errors.put(field, e.getMessage());
      }
      return null;
    }
  }

  /** Writes the input on the entity; answers whether its authority (university, …) changed. */
  boolean applyTo(PlatformRegistrationEntity e, LocalDateTime now) {
    e.assign(name, issuer, clientId, authLoginUrl, accessTokenUrl, jwksUrl);
    e.keepOnlyDeployments(deploymentIds, now);
    e.touch(now);
    return e.authorise(universityId, operator, systemAdminAsInstructor);
  }

  static String text(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, "'" + field + "' is required.");
    }
    String trimmed = value.strip();
    if (trimmed.length() > max) {
      throw new InvalidInput(field, "'" + field + "' must be at most " + max + " characters long.");
    }
    return UntrustedText.requireNoNul(field, trimmed);
  }

  static String identifier(String field, String value, int max) {
    String checked = text(field, value, max);
    if (checked.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw new InvalidInput(field, "'" + field + "' must not contain spaces.");
    }
    return checked;
  }

  static String url(String field, String value, boolean httpAllowed) {
    String checked = identifier(field, value, 2000);
    String scheme = absoluteUrlScheme(field, checked);
    if (scheme.equals("http") && !httpAllowed) {
      throw new InvalidInput(
          field,
          "'"
              + field
              + "' must be an https URL: plain http is accepted only in dev mode"
              + " (kenes.dev-mode), since the platform's keys, logins and tokens must not travel"
              + " in clear.");
    }
    return checked;
  }

  /** The lower-case scheme (http or https) of an absolute URL with a host and no credentials. */
  private static String absoluteUrlScheme(String field, String checked) {
    try {
      URI uri = new URI(checked);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!uri.isAbsolute()
          || !(scheme.equals("http") || scheme.equals("https"))
          || uri.getHost() == null
          || uri.getRawUserInfo() != null
          || uri.getRawFragment() != null) {
        throw new URISyntaxException(checked, "not absolute http(s)");
      }
      return scheme;
    } catch (URISyntaxException e) {
      throw new InvalidInput(
          field,
          "'" + field + "' must be an absolute http or https URL, like https://lms.example.edu/…");
    }
  }

  static String deploymentId(String field, String value) {
    return identifier(field, value, 255);
  }

  static Set<String> deploymentIds(List<String> ids) {
    if (ids == null || ids.isEmpty()) {
      throw new InvalidInput("deploymentIds", "'deploymentIds' needs at least one deployment id.");
    }
    Set<String> result = new LinkedHashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      result.add(deploymentId("deploymentIds[" + i + "]", ids.get(i)));
    }
    return result;
  }
}
