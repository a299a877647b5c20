package kz.kenes.lti.launch;

/**
 * The rules specific to one LTI message type, applied after the rules every launch shares.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#message-type-claim">LTI 1.3 §5.3.1 Message
 *     type claim</a>
 */
interface MessageValidator {

  /** The value of the message_type claim this validator handles. */
  String messageType();

  void validate(IdTokenClaims claims);
}
