package kz.kenes.lti.deeplinking;

/**
 * The items chosen cannot be sent back: the platform's request does not accept them. The message
 * says what the platform accepts.
 */
public final class DeepLinkingRefusal extends RuntimeException {

  /** What the platform does not accept. */
  public enum Reason {
    /** {@code accept_types} does not list {@code ltiResourceLink}. */
    TYPE_NOT_ACCEPTED,
    /** {@code accept_multiple} is false and more than one item was chosen. */
    MULTIPLE_NOT_ACCEPTED
  }

  private final Reason reason;

  public DeepLinkingRefusal(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
