package kz.kenes.lti.launch;

import static kz.kenes.lti.LtiClaims.MESSAGE_TYPE;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.kenes.lti.LtiError;
import kz.kenes.lti.LtiProtocolException;

/**
 * Refuses message types this tool does not handle and hands the others to their own validator.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#message-type-claim">LTI 1.3 §5.3.1</a>
 */
final class MessageTypeCheck implements ClaimCheck {

  private final Map<String, MessageValidator> validators;

  MessageTypeCheck(List<MessageValidator> validators) {
    this.validators =
        validators.stream()
            .collect(
                Collectors.toUnmodifiableMap(MessageValidator::messageType, Function.identity()));
  }

  @Override
  public void check(IdTokenClaims claims, LaunchContext context) {
    String type = claims.string(MESSAGE_TYPE).orElse(null);
    MessageValidator validator = type == null ? null : validators.get(type);
    if (validator == null) {
      throw new LtiProtocolException(
          LtiError.UNSUPPORTED_MESSAGE_TYPE,
          "id_token '"
              + MESSAGE_TYPE
              + "' is "
              + (type == null ? "missing" : "'" + type + "'")
              + "; this tool handles "
              + String.join(" and ", validators.keySet().stream().sorted().toList()));
    }
    validator.validate(claims);
  }
}
