package kz.kenes.devplatform.application;

import java.util.Arrays;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.InvalidInput;

/**
 * The OpenID Connect authentication request Kenes sends to the platform's authorisation endpoint
 * after its login initiation, with the checks a platform makes before it answers with an id_token.
 * Each refusal is a 400 naming the parameter at fault.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-2-authentication-request">
 *     Security Framework §5.1.1.2 Authentication request</a>
 * @see <a href="https://openid.net/specs/openid-connect-core-1_0.html#ImplicitAuthRequest">OpenID
 *     Connect Core §3.2.2.1</a>
 */
public record AuthenticationRequest(
    String scope,
    String responseType,
    String responseMode,
    String prompt,
    String clientId,
    String redirectUri,
    String loginHint,
    String messageHint,
    String state,
    String nonce) {

  /**
   * Checks the request against this platform.
   *
   * @throws DomainException 400 on the first parameter that is missing or wrong
   */
  public void check(DevPlatform platform) {
    if (!DevPlatform.CLIENT_ID.equals(clientId)) {
      throw refused("client_id", "'client_id' must be '" + DevPlatform.CLIENT_ID + "'", clientId);
    }
    if (!platform.toolLaunchUrl().equals(redirectUri)) {
      throw refused(
          "redirect_uri",
          "'redirect_uri' must be Kenes's launch URL '" + platform.toolLaunchUrl() + "'",
          redirectUri);
    }
    if (!"id_token".equals(responseType)) {
      throw refused("response_type", "'response_type' must be 'id_token'", responseType);
    }
    if (scope == null || Arrays.stream(scope.split(" ")).noneMatch("openid"::equals)) {
      throw refused("scope", "'scope' must include 'openid'", scope);
    }
    if (responseMode != null && !"form_post".equals(responseMode)) {
      throw refused("response_mode", "'response_mode' must be 'form_post'", responseMode);
    }
    require("nonce", nonce);
    require("state", state);
    require("login_hint", loginHint);
  }

  /** The launch choice in the hint, which must be for the user named by {@code login_hint}. */
  public LaunchChoice choice(MessageHints hints) {
    LaunchChoice choice = hints.decode(messageHint);
    if (!choice.userSubject().equals(loginHint)) {
      throw new InvalidInput(
          "login_hint",
          "'login_hint' does not name the user the 'lti_message_hint' was issued for.");
    }
    return choice;
  }

  private static void require(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, "'" + field + "' is required.");
    }
  }

  private static DomainException refused(String field, String rule, String value) {
    String sent = value == null ? "it is missing" : "got '" + value + "'";
    return new InvalidInput(field, rule + "; " + sent + ".");
  }
}
