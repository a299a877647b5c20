package kz.kenes.certificate.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import kz.kenes.certificate.domain.Certificate;
import kz.kenes.certificate.domain.Certificate.Content;
import kz.kenes.certificate.domain.Certificate.IssuedBy;
import kz.kenes.certificate.domain.CertificateNumber;
import kz.kenes.certificate.domain.CredentialSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Open Badges credential and the status list, checked as a third-party verifier would: the
 * signature against the published JWK Set only, the revocation bit from the signed status list.
 */
class OpenBadgesTest {

  static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

  private RSAKey key;
  private OpenBadges badges;
  private final BitSet revoked = new BitSet();

  /** Signs as {@code IssuerKeySigner} does, with a test key. */
  static CredentialSigner signer(RSAKey key) {
    return new CredentialSigner() {
      @Override
      public String sign(Map<String, Object> claims) {
        try {
          SignedJWT jwt =
              new SignedJWT(
                  new JWSHeader.Builder(JWSAlgorithm.RS256)
                      .type(JOSEObjectType.JWT)
                      .keyID(key.getKeyID())
                      .build(),
                  JWTClaimsSet.parse(claims));
          jwt.sign(new RSASSASigner(key));
          return jwt.serialize();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }

      @Override
      public Map<String, Object> publicKeys() {
        return new JWKSet(List.of(key.toPublicJWK())).toJSONObject(true);
      }
    };
  }

  static CertificateUrls urls() {
    return new CertificateUrls() {
      @Override
      public String base() {
        return "https://kenes.example.edu";
      }
    };
  }

  static Certificate certificate() {
    return Certificate.issue(
        new CertificateNumber("7K3M-Q9XD-2PWA-H4TZ"),
        4242,
        5,
        9,
        new Content(
            "Әлия Нұрланқызы",
            "AGR-101",
            "Агрономия",
            72,
            new BigDecimal("3"),
            List.of("Soil maps")),
        IssuedBy.RULES,
        null,
        null,
        NOW);
  }

  @BeforeEach
  void setUp() throws Exception {
    key = new RSAKeyGenerator(2048).keyID("test-key").generate();
    badges = new OpenBadges();
    badges.signer = signer(key);
    badges.urls = urls();
    badges.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    badges.certificates = new FakeCertificates(revoked);
  }

  @Test
  void theCredentialIsAnOpenBadgeCredentialOfTheCertificate() {
    Map<String, Object> credential = badges.credential(certificate());
    assertThat(credential.get("type"))
        .isEqualTo(List.of("VerifiableCredential", "OpenBadgeCredential"));
    assertThat(credential.get("id"))
        .isEqualTo("https://kenes.example.edu/verify/7K3M-Q9XD-2PWA-H4TZ");
    assertThat(credential.get("issuanceDate")).isEqualTo("2026-12-06T10:00:00Z");
    @SuppressWarnings("unchecked")
    Map<String, Object> subject = (Map<String, Object>) credential.get("credentialSubject");
    @SuppressWarnings("unchecked")
    Map<String, Object> identifier = ((List<Map<String, Object>>) subject.get("identifier")).get(0);
    assertThat(identifier.get("identityHash"))
        .isEqualTo("sha256$" + OpenBadges.sha256("Әлия Нұрланқызы" + "7K3M-Q9XD-2PWA-H4TZ"));
    @SuppressWarnings("unchecked")
    Map<String, Object> status = (Map<String, Object>) credential.get("credentialStatus");
    assertThat(status.get("statusListIndex")).isEqualTo("4242");
    assertThat(status.get("statusListCredential"))
        .isEqualTo("https://kenes.example.edu/certificates/status/1");
  }

  @Test
  void aThirdPartyVerifiesTheSignatureFromThePublishedKeysOnly() throws Exception {
    String jwt = badges.signedCredential(certificate());
    JWKSet published = JWKSet.parse(badges.publicKeys());
    assertThat(published.getKeys()).allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
    SignedJWT parsed = SignedJWT.parse(jwt);
    RSAKey publicKey = (RSAKey) published.getKeyByKeyId(parsed.getHeader().getKeyID());
    assertThat(parsed.verify(new RSASSAVerifier(publicKey))).isTrue();
    JWTClaimsSet claims = parsed.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo("https://kenes.example.edu/certificates/issuer");
    assertThat(claims.getJWTID()).isEqualTo("https://kenes.example.edu/verify/7K3M-Q9XD-2PWA-H4TZ");
    assertThat(claims.getNotBeforeTime().toInstant()).isEqualTo(NOW);
    assertThat(claims.getClaim("type"))
        .isEqualTo(List.of("VerifiableCredential", "OpenBadgeCredential"));
  }

  @Test
  void aTamperedCredentialFailsVerification() throws Exception {
    String[] parts = badges.signedCredential(certificate()).split("\\.");
    String payload =
        new String(
                java.util.Base64.getUrlDecoder().decode(parts[1]),
                java.nio.charset.StandardCharsets.UTF_8)
            .replace("Агрономия", "Медицина");
    String forged =
        parts[0]
            + "."
            + java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            + "."
            + parts[2];
    assertThat(SignedJWT.parse(forged).verify(new RSASSAVerifier(key.toRSAPublicKey()))).isFalse();
  }

  @Test
  void theStatusListShowsARevocationAtTheCertificatesIndex() throws Exception {
    assertThat(bit(4242)).isFalse();
    revoked.set(4242);
    assertThat(bit(4242)).isTrue();
    assertThat(bit(4243)).isFalse();
  }

  @Test
  void encodedListsUseTheMostSignificantBitFirst() {
    BitSet set = new BitSet();
    set.set(0);
    set.set(9);
    String encoded = OpenBadges.encode(set, 16);
    assertThat(encoded).startsWith("u");
    assertThat(OpenBadges.isSet(encoded, 0)).isTrue();
    assertThat(OpenBadges.isSet(encoded, 1)).isFalse();
    assertThat(OpenBadges.isSet(encoded, 9)).isTrue();
  }

  private boolean bit(int index) throws Exception {
    SignedJWT list = SignedJWT.parse(badges.statusList());
    assertThat(list.verify(new RSASSAVerifier(key.toRSAPublicKey()))).isTrue();
    @SuppressWarnings("unchecked")
    Map<String, Object> subject =
        (Map<String, Object>) list.getJWTClaimsSet().getClaim("credentialSubject");
    assertThat(subject.get("statusPurpose")).isEqualTo("revocation");
    return OpenBadges.isSet((String) subject.get("encodedList"), index);
  }

  @Test
  void aProgramCertificatesAchievementIsTheProgramsWithItsCourses() {
    Certificate program =
        Certificate.issueForProgram(
            new CertificateNumber("7K3M-Q9XD-2PWA-H4TZ"),
            4243,
            44,
            9,
            new Content(
                "Әлия Нұрланқызы",
                "Agronomy (AGR-B)",
                "Agronomy",
                240,
                null,
                List.of("Soil maps"),
                List.of("Soil science: Soils", "Water: Irrigation")),
            IssuedBy.RULES,
            null,
            null,
            NOW);
    @SuppressWarnings("unchecked")
    Map<String, Object> achievement =
        (Map<String, Object>)
            ((Map<String, Object>) badges.credential(program).get("credentialSubject"))
                .get("achievement");
    assertThat(achievement.get("id"))
        .isEqualTo("https://kenes.example.edu/certificates/achievements/programs/44");
    assertThat((String) achievement.get("description"))
        .contains("program Agronomy (AGR-B)", "Soil science: Soils", "Water: Irrigation");
    assertThat(
            ((Map<String, Object>) badges.credential(certificate()).get("credentialSubject"))
                .get("achievement"))
        .extracting(a -> ((Map<?, ?>) a).get("id"))
        .isEqualTo("https://kenes.example.edu/certificates/achievements/5");
  }
}
