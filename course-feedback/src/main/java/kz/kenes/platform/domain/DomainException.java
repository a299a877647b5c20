package kz.kenes.platform.domain;

import java.util.Map;

/**
 * A refusal a use case means to give, in the domain's words: what went wrong ({@link #reason()}, a
 * short stable code such as {@code round-closed} that clients and pages may branch on), a message a
 * person can act on, and the input fields at fault. The kind of refusal is the subclass; the web
 * layer alone decides how each kind is answered (problem+json or an error page), so application and
 * domain code never speak HTTP.
 */
public abstract class DomainException extends RuntimeException {

  private final String reason;
  private final Map<String, String> fieldErrors;

  protected DomainException(String reason, String message, Map<String, String> fieldErrors) {
    super(message);
    this.reason = reason;
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  /** A short stable code of why, such as {@code not-found} or {@code round-closed}. */
  public String reason() {
    return reason;
  }

  /** Input field → what is wrong with it; empty when the refusal is not about a field. */
  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
