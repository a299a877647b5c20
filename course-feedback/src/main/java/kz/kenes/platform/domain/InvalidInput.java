package kz.kenes.platform.domain;

import java.util.Map;

/** The input is malformed or breaks a rule; {@link #fieldErrors()} names the fields at fault. */
public class InvalidInput extends DomainException {

  /** One field at fault; the message is also that field's error. */
  public InvalidInput(String field, String message) {
    super("invalid-input", message, Map.of(field, message));
  }

  /** Several fields at fault, under a reason such as {@code invalid-input}. */
  public InvalidInput(String reason, String message, Map<String, String> fieldErrors) {
    super(reason, message, fieldErrors);
  }
}
