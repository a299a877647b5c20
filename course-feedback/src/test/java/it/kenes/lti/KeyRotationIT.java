package it.kenes.lti;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Flow;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.TestPlatform;
import jakarta.json.JsonObject;
import java.util.List;
import kz.kenes.lti.security.jwt.RsaJwk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Keys change on both sides: Kenes rotates its own signing key and keeps publishing the previous
 * one; a platform rotates its key and Kenes, which caches the platform's key set, fetches it again
 * when an id_token names a kid it has not seen.
 */
class KeyRotationIT {

  private final TestPlatform platform = TestPlatform.register();

  @AfterEach
  void closePlatform() {
    platform.close();
  }

  @Test
  void rotatedToolKeyIsPublishedBesideThePreviousOne() {
    List<String> before = kids(Http.get("/lti/jwks"));

    HttpAnswer rotated = AdminApi.asAdmin().rotateToolKey();

    assertThat(rotated.status()).as("%s", rotated).isEqualTo(200);
    String newKid = rotated.json().getString("activeKid");
    List<String> after = kids(Http.get("/lti/jwks"));
    assertThat(after).contains(newKid).containsAll(before);
    assertThat(before).doesNotContain(newKid);
    assertThat(rotated.json().getString("previousKeysPublishedFor")).isNotBlank();
  }

  @Test
  void toolKeySetPublishesPublicRsaSigningKeysOnly() {
    HttpAnswer jwks = Http.get("/lti/jwks");

    assertThat(jwks.status()).isEqualTo(200);
    assertThat(jwks.json().getJsonArray("keys"))
        .isNotEmpty()
        .allSatisfy(
            value -> {
              JsonObject key = value.asJsonObject();
              assertThat(key.getString("kty")).isEqualTo("RSA");
              assertThat(key.getString("kid")).isNotBlank();
              assertThat(key.getString("alg")).isEqualTo("RS256");
              assertThat(key.getString("use")).isEqualTo("sig");
              assertThat(key).doesNotContainKeys("d", "p", "q", "dp", "dq", "qi");
            });
  }

  @Test
  void launchesSignedWithTheToolsRotatedKeyStillWork() {
    AdminApi.asAdmin().rotateToolKey();

    assertThat(platform.completeFlow().succeeded()).isTrue();
  }

  @Test
  void acceptsANewPlatformKeyAfterRefetchingTheKeySet() {
    Flow beforeRotation = platform.completeFlow();
    RsaJwk newKey = platform.rotateKey();

    Flow afterRotation = platform.completeFlow();

    assertThat(beforeRotation.succeeded()).as("%s", beforeRotation.launch().answer()).isTrue();
    assertThat(afterRotation.succeeded()).as("%s", afterRotation.launch().answer()).isTrue();
    assertThat(platform.signingKey().kid()).isEqualTo(newKey.kid());
    assertThat(platform.jwksFetches()).isEqualTo(2);
  }

  @Test
  void refusesTheRetiredPlatformKeyOnceTheKeySetNoLongerHasIt() {
    RsaJwk oldKey = platform.signingKey();
    platform.completeFlow();
    platform.rotateKey();
    platform.completeFlow();

    Flow withOldKey = platform.completeFlow(token -> token.signedWith(oldKey));

    assertProblem(withOldKey.launch().answer(), 401, "lti-unknown-kid");
  }

  @Test
  void acceptsBothKeysWhileThePlatformPublishesBoth() {
    RsaJwk oldKey = platform.signingKey();
    RsaJwk newKey = RsaJwk.generate();
    platform.publishKeys(oldKey, newKey);

    Flow withNewKey = platform.completeFlow(token -> token.signedWith(newKey));
    Flow withOldKey = platform.completeFlow(token -> token.signedWith(oldKey));

    assertThat(withNewKey.succeeded()).as("%s", withNewKey.launch().answer()).isTrue();
    assertThat(withOldKey.succeeded()).as("%s", withOldKey.launch().answer()).isTrue();
  }

  @Test
  void cachesThePlatformKeySetAcrossLaunches() {
    for (int i = 0; i < 5; i++) {
      assertThat(platform.completeFlow().succeeded()).isTrue();
    }

    assertThat(platform.jwksFetches()).isEqualTo(1);
  }

  @Test
  void refetchesTheKeySetAtMostOnceForBurstsOfUnknownKids() {
    platform.completeFlow();
    for (int i = 0; i < 5; i++) {
      Flow unknown = platform.completeFlow(token -> token.signedWith(RsaJwk.generate()));
      assertProblem(unknown.launch().answer(), 401, "lti-unknown-kid");
    }

    assertThat(platform.jwksFetches()).isLessThanOrEqualTo(2);
  }

  private static List<String> kids(HttpAnswer jwks) {
    return jwks.json().getJsonArray("keys").stream()
        .map(key -> key.asJsonObject().getString("kid"))
        .toList();
  }
}
