package kz.kenes.program.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.errors.Problems;

/**
 * Why a form was refused: form field to message key ({@code form.error.<field>}), shown next to
 * each field at fault in the page's language (the services' messages are English). A 400 names its
 * fields, down to a list entry ({@code lessons[0].steps[1]} is the lessons field); a 409 is a taken
 * code. Any other refusal is not about the input and is rethrown.
 */
record FieldErrors(Map<String, String> fields) {

  static final String DUPLICATE = "form.error.duplicate";

  static FieldErrors none() {
    return new FieldErrors(Map.of());
  }

  /** The errors of a refused form whose fields are {@code formFields} (the first takes strays). */
  static FieldErrors of(DomainException refusal, List<String> formFields, String duplicateField) {
    return of(refusal, formFields, duplicateField, DUPLICATE);
  }

  /** As {@link #of(DomainException, List, String)}, a 409 shown with {@code conflictKey}. */
  static FieldErrors of(
      DomainException refusal, List<String> formFields, String conflictField, String conflictKey) {
    Map<String, String> fields = new LinkedHashMap<>();
    switch (Problems.status(refusal)) {
      case 400 ->
          refusal
              .fieldErrors()
              .keySet()
              .forEach(
                  field -> {
                    String formField = formField(field, formFields);
                    fields.put(formField, "form.error." + formField);
                  });
      case 409 -> fields.put(conflictField, conflictKey);
      default -> throw refusal;
    }
    if (fields.isEmpty()) {
      fields.put(formFields.get(0), "form.error." + formFields.get(0));
    }
    return new FieldErrors(fields);
  }

  boolean any() {
    return !fields.isEmpty();
  }

  /** {@code lessons[0].steps[1]} is the lessons field; names the form lacks fall on the first. */
  static String formField(String serviceField, List<String> formFields) {
    String field = serviceField.replaceAll("[\\[.].*$", "");
    return formFields.contains(field) ? field : formFields.get(0);
  }
}
