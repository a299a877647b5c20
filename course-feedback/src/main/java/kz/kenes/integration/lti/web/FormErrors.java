package kz.kenes.integration.lti.web;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.errors.Problems;

/**
 * Why a registration form was refused, as message keys the page shows next to each field at fault
 * (translated, unlike the service's English messages). A 400 names its fields; a 409 means the
 * issuer and client ID are taken. Any other refusal is not about the input and is rethrown.
 */
record FormErrors(Map<String, String> fields) {

  static final String DUPLICATE = "admin.form.error.duplicate";

  static FormErrors none() {
    return new FormErrors(Map.of());
  }

  /** The errors of a refused registration form. */
  static FormErrors ofRegistration(DomainException refusal) {
    Map<String, String> fields = new LinkedHashMap<>();
    switch (Problems.status(refusal)) {
      case 400 ->
          refusal
              .fieldErrors()
              .keySet()
              .forEach(
                  field -> fields.put(formField(field), "admin.form.error." + formField(field)));
      case 409 -> {
        fields.put("issuer", DUPLICATE);
        fields.put("clientId", DUPLICATE);
      }
      default -> throw refusal;
    }
    return new FormErrors(fields);
  }

  /** The errors of a refused "add a deployment" form. */
  static FormErrors ofDeployment(DomainException refusal) {
    return switch (Problems.status(refusal)) {
      case 400 -> new FormErrors(Map.of("deploymentId", "admin.deployment.error.invalid"));
      case 409 -> new FormErrors(Map.of("deploymentId", "admin.deployment.error.duplicate"));
      default -> throw refusal;
    };
  }

  boolean any() {
    return !fields.isEmpty();
  }

  /** {@code deploymentIds[2]} is the deployment ids field; unknown names fall on the name. */
  static String formField(String serviceField) {
    String field = serviceField.replaceAll("\\[\\d+]$", "");
    return RegistrationForm.FIELDS.contains(field) ? field : "name";
  }
}
