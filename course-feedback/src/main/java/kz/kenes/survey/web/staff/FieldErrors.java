package kz.kenes.survey.web.staff;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a form was refused: form field to the message key the page shows next to it (translated,
 * unlike the services' English messages). The services name their fields as the REST API does
 * ({@code closesAt}, {@code items[3].text.kk}); each lands on the form field it starts with, or on
 * the form's first field.
 *
 * @param fields form field to message key, in the order of the form
 */
public record FieldErrors(Map<String, String> fields) {

  /** The key prefix of the messages: {@code survey.staff.error.<form>.<field>}. */
  static final String PREFIX = "survey.staff.error.";

  /** The message of a date and time that is not one. */
  static final String DATE_TIME = PREFIX + "datetime";

  public FieldErrors {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public static FieldErrors none() {
    return new FieldErrors(Map.of());
  }

  /** The errors of a service refusal of form {@code form} whose fields are {@code formFields}. */
  static FieldErrors ofService(String form, Map<String, String> service, List<String> formFields) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String serviceField : service.keySet()) {
      String field = formField(serviceField, formFields);
      fields.putIfAbsent(field, PREFIX + form + "." + field);
    }
    return new FieldErrors(fields);
  }

  /** These errors and one more (the first error of a field stays). */
  FieldErrors with(String field, String messageKey) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.putIfAbsent(field, messageKey);
    return new FieldErrors(all);
  }

  public boolean any() {
    return !fields.isEmpty();
  }

  /** {@code items[2].text.kk} is field {@code items}; a name no form field has is the first. */
  static String formField(String serviceField, List<String> formFields) {
    String field = serviceField.replaceAll("[\\[.].*$", "");
    return formFields.contains(field) ? field : formFields.get(0);
  }
}
