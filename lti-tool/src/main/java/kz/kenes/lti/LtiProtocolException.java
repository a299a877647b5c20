package kz.kenes.lti;

import java.util.Objects;

/**
 * A refused login initiation or launch. {@link #error()} says which rule was broken (and so the
 * HTTP status); the message says precisely what was wrong, in words an administrator can act on.
 * Messages name claims and registration values, never the id_token itself or key material.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation">
 *     Security Framework §5.1.3</a>
 */
public class LtiProtocolException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final LtiError error;

  public LtiProtocolException(LtiError error, String message) {
    super(message);
    this.error = Objects.requireNonNull(error);
  }

  public LtiProtocolException(LtiError error, String message, Throwable cause) {
    super(message, cause);
    this.error = Objects.requireNonNull(error);
  }

  public LtiError error() {
    return error;
  }

  /** Shortcut for {@code error().httpStatus()}. */
  public int httpStatus() {
    return error.httpStatus();
  }
}
