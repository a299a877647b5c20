package it.kenes.lti;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.LaunchResult;
import it.kenes.support.LoginResult;
import it.kenes.support.TestPlatform;
import it.kenes.support.VirtualBrowser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.lti.security.jwt.JwsTestSigner;
import kz.kenes.lti.security.jwt.RsaJwk;
import kz.kenes.lti.testing.LaunchTokenBuilder;

/** One launch attempt after a real login in one browser: what a refusal row gets to play with. */
record LaunchAttempt(TestPlatform platform, VirtualBrowser browser, LoginResult login) {

  static final String ATTACKER_JWKS = "/attacker/jwks";

  /** The launch form: id_token and state (null values are left out). */
  static Map<String, String> form(String idToken, String state) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("id_token", idToken);
    form.put("state", state);
    return form;
  }

  /** A valid id_token for this login. */
  LaunchTokenBuilder token() {
    return platform.idToken(login);
  }

  LaunchResult post(String idToken) {
    return post(idToken, login.state());
  }

  LaunchResult post(String idToken, String state) {
    return platform.postLaunch(browser, form(idToken, state));
  }

  void expectAccepted(LaunchResult result) {
    assertThat(result.status()).as("%s", result.answer()).isEqualTo(303);
  }

  /** Signed by an attacker's key that the token's own header points to. */
  String attackerSignedToken(String header) {
    RsaJwk attacker = RsaJwk.generate();
    platform.server().serve(ATTACKER_JWKS, RsaJwk.publicJwkSetJson(List.of(attacker)));
    Object value =
        header.equals("jwk")
            ? (Object) JwsTestSigner.publicJwkMap(attacker)
            : platform.server().url(ATTACKER_JWKS).toString();
    return token().signedWith(attacker).header(header, value).build();
  }
}
