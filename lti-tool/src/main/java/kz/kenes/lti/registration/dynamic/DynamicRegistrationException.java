package kz.kenes.lti.registration.dynamic;

/**
 * A dynamic registration that cannot go on, with a message for the administrator who started it:
 * the platform's configuration is unreachable or unacceptable, or the platform refused the
 * registration (then the message carries the platform's own error and description).
 */
public final class DynamicRegistrationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What went wrong, so the caller can choose a status and a wording. */
  public enum Kind {
    /** The request to Kenes itself is wrong (missing or malformed parameter). */
    BAD_REQUEST,
    /** The platform's OpenID configuration could not be fetched or read. */
    CONFIGURATION_UNAVAILABLE,
    /** The configuration was read but breaks a rule (issuer origin, https, missing endpoint). */
    CONFIGURATION_INVALID,
    /** The platform answered the registration with an error. */
    PLATFORM_REFUSED,
    /** The platform could not be reached or answered something that is no registration. */
    PLATFORM_UNAVAILABLE
  }

  private final Kind kind;

  public DynamicRegistrationException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public DynamicRegistrationException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
