package kz.kenes.certificate.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import kz.kenes.certificate.domain.Certificate;
import kz.kenes.certificate.domain.Certificate.Content;
import kz.kenes.certificate.domain.Certificate.IssuedBy;
import kz.kenes.certificate.domain.CertificateNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kenes's Open Badges credential against 1EdTech's published JSON schema of an {@code
 * AchievementCredential} ({@link OpenBadgesSchema}): the credential's JSON and the payload of its
 * VC-JWT, whose signature is first checked as a third party would, from the published JWK Set only,
 * for a valid and for a revoked certificate; and credentials broken on purpose are rejected, so the
 * check is real. Skipped, saying why, when no copy of the schema is there (ADR 0017).
 */
class OpenBadgesSchemaTest {

  private OpenBadgesSchema schema;
  private OpenBadges badges;
  private final BitSet revoked = new BitSet();

  @BeforeEach
  void setUp() throws Exception {
    schema = OpenBadgesSchema.load().orElse(null);
    badges = new OpenBadges();
    badges.signer = OpenBadgesTest.signer(new RSAKeyGenerator(2048).keyID("k").generate());
    badges.urls = OpenBadgesTest.urls();
    badges.clock = Clock.fixed(OpenBadgesTest.NOW, ZoneOffset.UTC);
    badges.certificates = new FakeCertificates(revoked);
  }

  /** The payload of the VC-JWT, once its signature holds against the published keys only. */
  private String verifiedPayload(Certificate certificate) throws Exception {
    SignedJWT jwt = SignedJWT.parse(badges.signedCredential(certificate));
    JWKSet published = JWKSet.parse(JSONObjectUtils.toJSONString(badges.publicKeys()));
    RSAKey key = (RSAKey) published.getKeyByKeyId(jwt.getHeader().getKeyID());
    assertThat(key.isPrivate()).isFalse();
    assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
    return jwt.getPayload().toString();
  }

  private List<String> faults(Map<String, Object> credential) {
    return schema.faults(JSONObjectUtils.toJSONString(credential));
  }

  private void assumeTheSchema() {
    assumeTrue(schema != null, OpenBadgesSchema.ABSENT);
  }

  @Test
  void theCredentialOfAValidCertificateMatchesTheSchema() throws Exception {
    assumeTheSchema();
    Certificate certificate = OpenBadgesTest.certificate();

    assertThat(faults(badges.credential(certificate))).isEmpty();
    assertThat(schema.faults(verifiedPayload(certificate))).isEmpty();
  }

  @Test
  void theCredentialOfARevokedCertificateMatchesTheSchema() throws Exception {
    assumeTheSchema();
    Certificate certificate = OpenBadgesTest.certificate();
    certificate.revoke("Answers copied", 7L, OpenBadgesTest.NOW.plusSeconds(3600));
    revoked.set(certificate.statusIndex());

    assertThat(certificate.revoked()).isTrue();
    assertThat(faults(badges.credential(certificate))).isEmpty();
    assertThat(schema.faults(verifiedPayload(certificate))).isEmpty();
    SignedJWT list = SignedJWT.parse(badges.statusList());
    Map<?, ?> subject = (Map<?, ?>) list.getJWTClaimsSet().getClaim("credentialSubject");
    assertThat(OpenBadges.isSet((String) subject.get("encodedList"), certificate.statusIndex()))
        .isTrue();
  }

  @Test
  void aCertificateWithoutCreditsOrCompetenciesMatchesTheSchema() throws Exception {
    assumeTheSchema();
    Certificate plain =
        Certificate.issue(
            new CertificateNumber("0000-0000-0000-0001"),
            17,
            5,
            9,
            new Content("Ivan", "AGR-102", "Agronomy", null, null, List.of()),
            IssuedBy.STAFF,
            3L,
            "Completed offline",
            OpenBadgesTest.NOW);
    assertThat(faults(badges.credential(plain))).isEmpty();
    assertThat(schema.faults(verifiedPayload(plain))).isEmpty();
  }

  static Stream<Arguments> brokenCredentials() {
    return Stream.of(
        broken(
            "no credentialSubject.achievement",
            c -> subject(c).remove("achievement"),
            "achievement"),
        broken("no issuanceDate", c -> c.remove("issuanceDate"), "issuanceDate"),
        broken(
            "issuanceDate not a date-time", c -> c.put("issuanceDate", "6 December"), "date-time"),
        broken("issuer without id", c -> map(c, "issuer").remove("id"), "id"),
        broken("achievement without criteria", c -> achievement(c).remove("criteria"), "criteria"),
        broken(
            "achievementType outside the vocabulary",
            c -> achievement(c).put("achievementType", "Diplomish"),
            "achievementType"),
        broken(
            "identityType neither known nor ext:",
            c -> identity(c).put("identityType", "mail"),
            "identityType"),
        broken(
            "identity with a property of its own",
            c -> identity(c).put("email", "a@b.kz"),
            "email"),
        broken("creditsEarned as text", c -> subject(c).put("creditsEarned", "3"), "creditsEarned"),
        broken(
            "credentialStatus without type",
            c -> map(c, "credentialStatus").remove("type"),
            "type"),
        broken("@context empty", c -> c.put("@context", List.of()), "@context"));
  }

  private static Arguments broken(
      String why, Consumer<Map<String, Object>> breaking, String named) {
    return Arguments.of(why, breaking, named);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenCredentials")
  void aBrokenCredentialIsRejected(
      String why, Consumer<Map<String, Object>> breaking, String named) {
    assumeTheSchema();
    Map<String, Object> credential = mutable(badges.credential(OpenBadgesTest.certificate()));
    assertThat(faults(credential)).as("before: %s", why).isEmpty();

    breaking.accept(credential);

    assertThat(faults(credential))
        .as(why)
        .isNotEmpty()
        .anySatisfy(f -> assertThat(f).contains(named));
  }

  @Test
  void anotherFileDoesNotPassForTheSchema() {
    assertThatThrownBy(() -> OpenBadgesSchema.of("{\"type\": \"object\"}"))
        .hasMessageContaining(OpenBadgesSchema.ID);
  }

  // ---- the credential as nested mutable maps and lists

  @SuppressWarnings("unchecked")
  private static Object mutableValue(Object value) {
    if (value instanceof Map<?, ?> m) {
      return mutable((Map<String, Object>) m);
    }
    if (value instanceof List<?> l) {
      List<Object> copy = new ArrayList<>();
      l.forEach(v -> copy.add(mutableValue(v)));
      return copy;
    }
    return value instanceof BigDecimal b ? b.doubleValue() : value;
  }

  private static Map<String, Object> mutable(Map<String, Object> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(k, mutableValue(v)));
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> c, String key) {
    return (Map<String, Object>) c.get(key);
  }

  private static Map<String, Object> subject(Map<String, Object> c) {
    return map(c, "credentialSubject");
  }

  private static Map<String, Object> achievement(Map<String, Object> c) {
    return map(subject(c), "achievement");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> identity(Map<String, Object> c) {
    return ((List<Map<String, Object>>) subject(c).get("identifier")).get(0);
  }
}
