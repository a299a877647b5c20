package kz.kenes.lti.launch;

import static kz.kenes.lti.LtiClaims.AUD;
import static kz.kenes.lti.LtiClaims.AZP;
import static kz.kenes.lti.LtiClaims.EXP;
import static kz.kenes.lti.LtiClaims.IAT;
import static kz.kenes.lti.LtiClaims.ISS;
import static kz.kenes.lti.LtiClaims.NBF;
import static kz.kenes.lti.LtiClaims.NONCE;
import static kz.kenes.lti.LtiClaims.SUB;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.kenes.lti.LtiError;
import kz.kenes.lti.LtiProtocolException;

/**
 * The OpenID Connect rules of the id_token, one method per rule, in the order of the Security
 * Framework's validation steps. Times allow {@link #CLOCK_SKEW} between platform and tool clocks.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation">
 *     Security Framework §5.1.3 Authentication response validation</a>
 */
final class IdTokenChecks {

  /** Tolerated difference between the platform's clock and ours. */
  static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

  private IdTokenChecks() {}

  /** Step 2: iss is the issuer of the registration the login was for. */
  static void issuerIsRegistrationIssuer(IdTokenClaims claims, LaunchContext context) {
    String expected = context.registration().issuer();
    String iss = claims.string(ISS).orElse(null);
    if (!expected.equals(iss)) {
      throw new LtiProtocolException(
          LtiError.ISSUER_MISMATCH,
          "id_token 'iss' "
              + quoted(iss)
              + " is not the issuer '"
              + expected
              + "' of the"
              + " registration the login was started for");
    }
  }

  /** Step 3: aud contains the client_id. */
  static void audienceContainsClientId(IdTokenClaims claims, LaunchContext context) {
    String clientId = context.registration().clientId();
    if (!claims.stringOrStrings(AUD).orElse(List.of()).contains(clientId)) {
      throw new LtiProtocolException(
          LtiError.AUDIENCE_MISMATCH,
          "id_token 'aud' does not contain this tool's client_id '" + clientId + "'");
    }
  }

  /** Steps 4-5: with several audiences azp is required; when present it is the client_id. */
  static void authorizedPartyIsClientId(IdTokenClaims claims, LaunchContext context) {
    String clientId = context.registration().clientId();
    int audiences = claims.stringOrStrings(AUD).orElse(List.of()).size();
    String azp = claims.string(AZP).orElse(null);
    if (azp == null && audiences > 1) {
      throw new LtiProtocolException(
          LtiError.AUTHORIZED_PARTY_MISMATCH,
          "id_token 'aud' has "
              + audiences
              + " values and no 'azp'; 'azp' must be this tool's"
              + " client_id '"
              + clientId
              + "'");
    }
    if (azp != null && !azp.equals(clientId)) {
      throw new LtiProtocolException(
          LtiError.AUTHORIZED_PARTY_MISMATCH,
          "id_token 'azp' '" + azp + "' is not this tool's client_id '" + clientId + "'");
    }
  }

  /** Step 7: exp is present and not past (with skew). */
  static void notExpired(IdTokenClaims claims, LaunchContext context) {
    Instant exp =
        epochSeconds(claims, EXP, LtiError.INVALID_EXPIRATION, "id_token has no numeric 'exp'");
    if (context.now().isAfter(exp.plus(CLOCK_SKEW))) {
      throw new LtiProtocolException(
          LtiError.INVALID_EXPIRATION,
          "id_token expired at "
              + exp
              + " (now "
              + context.now()
              + ", "
              + CLOCK_SKEW.toSeconds()
              + " s skew allowed)");
    }
  }

  /** Step 8: iat is present, not in the future, and within the nonce window. */
  static void issuedRecently(IdTokenClaims claims, LaunchContext context) {
    Instant iat =
        epochSeconds(claims, IAT, LtiError.INVALID_ISSUED_AT, "id_token has no numeric 'iat'");
    Instant now = context.now();
    if (iat.isAfter(now.plus(CLOCK_SKEW))) {
      throw new LtiProtocolException(
          LtiError.INVALID_ISSUED_AT,
          "id_token 'iat' "
              + iat
              + " is in the future (now "
              + now
              + ", "
              + CLOCK_SKEW.toSeconds()
              + " s skew allowed)");
    }
    if (iat.isBefore(now.minus(LoginInitiation.STATE_LIFETIME))) {
      throw new LtiProtocolException(
          LtiError.INVALID_ISSUED_AT,
          "id_token 'iat' "
              + iat
              + " is older than the "
              + LoginInitiation.STATE_LIFETIME.toMinutes()
              + "-minute nonce window (now "
              + now
              + ")");
    }
  }

  /**
   * JWT (RFC 7519 §4.1.5): nbf is optional; when present it is a number and not in the future (with
   * skew). The Security Framework does not list it, but a token the platform says is not yet valid
   * must not open a session early.
   */
  static void notBeforeReached(IdTokenClaims claims, LaunchContext context) {
    if (!claims.has(NBF)) {
      return;
    }
    Instant nbf =
        epochSeconds(claims, NBF, LtiError.INVALID_NOT_BEFORE, "id_token 'nbf' is not a number");
    Instant now = context.now();
    if (nbf.isAfter(now.plus(CLOCK_SKEW))) {
      throw new LtiProtocolException(
          LtiError.INVALID_NOT_BEFORE,
          "id_token is not valid before its 'nbf' "
              + nbf
              + " (now "
              + now
              + ", "
              + CLOCK_SKEW.toSeconds()
              + " s skew allowed)");
    }
  }

  /** Step 9: nonce is present and is the one sent with this login's state. */
  static void nonceMatchesLoginState(IdTokenClaims claims, LaunchContext context) {
    String nonce = claims.string(NONCE).orElse(null);
    if (nonce == null || nonce.isEmpty()) {
      throw new LtiProtocolException(LtiError.MISSING_NONCE, "id_token has no 'nonce'");
    }
    if (!nonce.equals(context.loginState().nonce())) {
      throw new LtiProtocolException(
          LtiError.UNKNOWN_NONCE,
          "id_token 'nonce' is not the nonce this tool issued with the launch's state");
    }
  }

  /** OIDC Core §2: sub identifies the user; LTI launches here must name one. */
  static void hasSubject(IdTokenClaims claims, LaunchContext context) {
    if (claims.string(SUB).filter(sub -> !sub.isBlank()).isEmpty()) {
      throw new LtiProtocolException(
          LtiError.MISSING_SUBJECT,
          "id_token 'sub' is missing or blank; the tool needs the platform's user id");
    }
  }

  private static Instant epochSeconds(
      IdTokenClaims claims, String name, LtiError error, String missing) {
    return claims
        .number(name)
        .map(Instant::ofEpochSecond)
        .orElseThrow(() -> new LtiProtocolException(error, missing));
  }

  private static String quoted(String value) {
    return value == null ? "(missing)" : "'" + value + "'";
  }
}
