package kz.kenes.integration.lti.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.integration.lti.api.PlatformRegistrationRequest;
import kz.kenes.integration.lti.api.PlatformRegistrationView;
import kz.kenes.platform.web.FormErrors;

/**
 * The fields of the add and edit registration forms exactly as typed, so that a refused form comes
 * back with the input kept. Deployment ids are typed one per line.
 */
record RegistrationForm(
    String name,
    String issuer,
    String clientId,
    String authLoginUrl,
    String accessTokenUrl,
    String jwksUrl,
    String deploymentIds,
    String universityId,
    boolean operator,
    boolean systemAdministratorAsInstructor) {

  /** The form's field names, in the order the form shows them. */
  static final List<String> FIELDS =
      List.of(
          "name",
          "issuer",
          "clientId",
          "authLoginUrl",
          "accessTokenUrl",
          "jwksUrl",
          "deploymentIds");

  /** The select of the university the platform serves ("" for none). */
  static final String UNIVERSITY = "universityId";

  /** The message of a taken issuer and client ID, shown on both. */
  static final String DUPLICATE = "admin.form.error.duplicate";

  /**
   * How the form shows a refusal: {@code admin.form.error.<field>}, {@code deploymentIds[2]} on the
   * deployment ids field, names the form lacks on the name; a conflict means the issuer and client
   * ID are taken.
   */
  static final FormErrors.Form ERRORS =
      FormErrors.form(
              java.util.stream.Stream.concat(
                      FIELDS.stream(), java.util.stream.Stream.of(UNIVERSITY))
                  .toList(),
              "admin.form.error.")
          .onConflict("issuer", DUPLICATE)
          .onConflict("clientId", DUPLICATE);

  static RegistrationForm empty() {
    return new RegistrationForm("", "", "", "", "", "", "", "", false, false);
  }

  static RegistrationForm from(MultivaluedMap<String, String> form) {
    return new RegistrationForm(
        form.getFirst("name"),
        form.getFirst("issuer"),
        form.getFirst("clientId"),
        form.getFirst("authLoginUrl"),
        form.getFirst("accessTokenUrl"),
        form.getFirst("jwksUrl"),
        form.getFirst("deploymentIds"),
        form.getFirst(UNIVERSITY),
        "true".equals(form.getFirst("operator")),
        "true".equals(form.getFirst("systemAdministratorAsInstructor")));
  }

  static RegistrationForm of(PlatformRegistrationView stored) {
    return new RegistrationForm(
        stored.name(),
        stored.issuer(),
        stored.clientId(),
        stored.authLoginUrl(),
        stored.accessTokenUrl(),
        stored.jwksUrl(),
        String.join("\n", stored.deploymentIds()),
        stored.universityId() == null ? "" : String.valueOf(stored.universityId()),
        stored.operator(),
        stored.systemAdministratorAsInstructor());
  }

  /** The request for the registration service; blank lines of deployment ids are dropped. */
  PlatformRegistrationRequest toRequest() {
    return new PlatformRegistrationRequest(
        name,
        issuer,
        clientId,
        authLoginUrl,
        accessTokenUrl,
        jwksUrl,
        lines(deploymentIds),
        university(),
        operator,
        systemAdministratorAsInstructor);
  }

  /** The chosen university: null for none; a value that is no id is refused as input. */
  private Long university() {
    return university(universityId);
  }

  /** A typed university id: null for none; a value that is no id is refused as input. */
  static Long university(String universityId) {
    if (universityId == null || universityId.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(universityId.strip());
    } catch (NumberFormatException e) {
      throw new kz.kenes.platform.domain.InvalidInput(
          UNIVERSITY, "'universityId' must be the id of a university.");
    }
  }

  /** Field name to typed value (never null), as the template reads it. */
  Map<String, String> values() {
    List<String> typed =
        Arrays.asList(name, issuer, clientId, authLoginUrl, accessTokenUrl, jwksUrl, deploymentIds);
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < FIELDS.size(); i++) {
      values.put(FIELDS.get(i), typed.get(i) == null ? "" : typed.get(i));
    }
    values.put(UNIVERSITY, universityId == null ? "" : universityId);
    values.put("operator", String.valueOf(operator));
    values.put("systemAdministratorAsInstructor", String.valueOf(systemAdministratorAsInstructor));
    return values;
  }

  static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }
}
