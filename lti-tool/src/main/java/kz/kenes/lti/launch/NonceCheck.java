package kz.kenes.lti.launch;

import java.util.Objects;
import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.LtiError;
import kz.kenes.lti.LtiProtocolException;
import kz.kenes.lti.security.state.LoginStateStore;
import kz.kenes.lti.security.state.LoginStateStore.NonceConsumption;

/**
 * Consumes the id_token's nonce, so that a second post of the same id_token (a replay) is refused
 * even if it came with another valid state.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation">
 *     Security Framework §5.1.3 step 9</a>
 */
final class NonceCheck implements ClaimCheck {

  private final LoginStateStore store;

  NonceCheck(LoginStateStore store) {
    this.store = Objects.requireNonNull(store);
  }

  @Override
  public void check(IdTokenClaims claims, LaunchContext context) {
    String nonce = claims.stringOrNull(LtiClaims.NONCE);
    NonceConsumption result = store.consumeNonce(nonce, context.now());
    if (result == NonceConsumption.ALREADY_USED) {
      throw new LtiProtocolException(
          LtiError.NONCE_ALREADY_USED,
          "id_token 'nonce' was already used: this id_token is a replay of an earlier launch");
    }
    if (result != NonceConsumption.CONSUMED) {
      throw new LtiProtocolException(
          LtiError.UNKNOWN_NONCE, "id_token 'nonce' was not issued by this tool's login");
    }
  }
}
