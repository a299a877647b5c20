package kz.kenes.platform.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.InvalidInput;

/**
 * Why a form was refused: form field to the message key the page shows next to it, translated in
 * the page's language (the services' messages are English and name their fields as the REST API
 * does). A {@link Form} says how one form reads a refusal: which fields it has, the message key of
 * each and what a conflict means for it.
 *
 * @param fields form field to message key, in the order the errors were found
 */
public record FormErrors(Map<String, String> fields) {

  public FormErrors {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** A form without errors (as first shown). */
  public static FormErrors none() {
    return new FormErrors(Map.of());
  }

  /** These errors and one more; the first error of a field stays. */
  public FormErrors with(String field, String messageKey) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.putIfAbsent(field, messageKey);
    return new FormErrors(all);
  }

  public boolean any() {
    return !fields.isEmpty();
  }

  /** A form whose fields are {@code fields} (the first takes the errors no field claims). */
  public static Form form(List<String> fields, String keyPrefix) {
    return new Form(fields, field -> keyPrefix + field, Map.of());
  }

  /**
   * How one form reads a refusal.
   *
   * @param fields the form's fields, in order; the first takes the errors of names it lacks
   * @param keyOf the message key of an invalid field
   * @param conflict what a conflict marks (form field to message key); empty when a conflict is not
   *     about the input
   */
  public record Form(
      List<String> fields, UnaryOperator<String> keyOf, Map<String, String> conflict) {

    public Form {
      fields = List.copyOf(fields);
      Objects.requireNonNull(keyOf);
      conflict = Collections.unmodifiableMap(new LinkedHashMap<>(conflict));
      if (fields.isEmpty()) {
        throw new IllegalArgumentException("A form has at least one field.");
      }
    }

    /** This form with every invalid field shown with the same message key. */
    public Form withKey(String key) {
      return new Form(fields, field -> key, conflict);
    }

    /** This form with a conflict (a taken code, a concurrent edit) marked on {@code field}. */
    public Form onConflict(String field, String key) {
      Map<String, String> all = new LinkedHashMap<>(conflict);
      all.put(field, key);
      return new Form(fields, keyOf, all);
    }

    /**
     * The errors of a refusal: invalid input marks its fields, a conflict what {@link #conflict}
     * says. Any other refusal (not found, not allowed, a conflict this form does not expect) is not
     * about the input and is rethrown.
     */
    public FormErrors of(DomainException refusal) {
      if (refusal instanceof InvalidInput) {
        return of(refusal.fieldErrors());
      }
      if (refusal instanceof Conflict && !conflict.isEmpty()) {
        return new FormErrors(conflict);
      }
      throw refusal;
    }

    /**
     * The errors of the fields a service named (field to its English message): each lands on the
     * form field it starts with. A refusal that names no field marks the first.
     */
    public FormErrors of(Map<String, String> serviceFieldErrors) {
      FormErrors errors = none();
      for (String serviceField : serviceFieldErrors.keySet()) {
        String field = field(serviceField);
        errors = errors.with(field, messageKey(field));
      }
      return errors.any() ? errors : errors.with(fields.get(0), messageKey(fields.get(0)));
    }

    /** The message key of an invalid {@code field}. */
    public String messageKey(String field) {
      return keyOf.apply(field);
    }

    /**
     * The form field of a service's field name: {@code lessons[0].steps[1]} and {@code
     * items[3].text.kk} are the fields {@code lessons} and {@code items}; a name the form lacks is
     * its first field.
     */
    public String field(String serviceField) {
      String field = serviceField.replaceAll("[\\[.].*$", "");
      return fields.contains(field) ? field : fields.get(0);
    }
  }
}
