package kz.kenes.platform.errors;

import java.util.Map;

/**
 * A refusal the application means to give: a status, a short machine-readable type, a message for
 * people and optionally the fields at fault. Mapped to problem+json or to an error page.
 */
public class ApiException extends RuntimeException {

  private final int status;
  private final String type;
  private final Map<String, String> fieldErrors;

  public ApiException(int status, String type, String message) {
    this(status, type, message, Map.of());
  }

  public ApiException(int status, String type, String message, Map<String, String> fieldErrors) {
    super(message);
    this.status = status;
    this.type = type;
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  public static ApiException badRequest(String field, String message) {
    return new ApiException(400, "invalid-input", message, Map.of(field, message));
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, "not-found", message);
  }

  public static ApiException conflict(String message) {
    return new ApiException(409, "conflict", message);
  }

  public static ApiException unauthorized(String message) {
    return new ApiException(401, "unauthorized", message);
  }

  public static ApiException forbidden(String message) {
    return new ApiException(403, "forbidden", message);
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
