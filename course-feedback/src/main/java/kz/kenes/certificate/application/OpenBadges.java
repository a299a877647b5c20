package kz.kenes.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import kz.kenes.certificate.domain.Certificate;
import kz.kenes.certificate.domain.Certificate.Content;
import kz.kenes.certificate.domain.CertificateRepository;
import kz.kenes.certificate.domain.CredentialSigner;

/**
 * A certificate as an Open Badges 3.0 {@code OpenBadgeCredential}, signed as a VC-JWT with the
 * issuer's key (the credential's properties are the JWT's payload, with {@code iss}, {@code jti},
 * {@code nbf} as Open Badges 3.0 § 8.2 asks), the issuer's profile, and the revocation status list
 * (a Bitstring Status List credential, also a VC-JWT). The learner is named by a salted SHA-256
 * hash of the name printed on the certificate, as {@code identifier}: a wallet can show the
 * certificate, a verifier who knows the name can check it, and the credential alone does not
 * disclose it.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/">Open Badges 3.0</a>
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/">Bitstring Status List</a>
 */
@ApplicationScoped
public class OpenBadges {

  static final List<String> CONTEXT =
      List.of(
          "https://www.w3.org/2018/credentials/v1",
          "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
          "https://w3id.org/vc/status-list/2021/v1");

  @Inject CredentialSigner signer;
  @Inject CertificateUrls urls;
  @Inject CertificateRepository certificates;
  @Inject Clock clock;

  /** The issuer's name in its profile and credentials. */
  public static final String ISSUER_NAME = "Kenes";

  /** The credential, as JSON (what a wallet imports beside the signed JWT). */
  public Map<String, Object> credential(Certificate certificate) {
    Content content = certificate.content();
    Map<String, Object> achievement = new LinkedHashMap<>();
    boolean program = certificate.scope() == Certificate.Scope.PROGRAM;
    achievement.put(
        "id",
        program
            ? urls.programAchievement(certificate.programId().orElseThrow())
            : urls.achievement(certificate.contextRef()));
    achievement.put("type", List.of("Achievement"));
    achievement.put("achievementType", "CertificateOfCompletion");
    achievement.put("name", content.title());
    achievement.put(
        "description",
        program
            ? "Completion of the program "
                + content.courseTitle()
                + ": "
                + String.join("; ", content.programCourses())
            : "Completion of the course " + content.courseTitle());
    achievement.put(
        "criteria",
        Map.of(
            "narrative",
            program
                ? "The program's completion rules held (its required courses completed), or its"
                    + " administrators issued it."
                : "The course's completion rules held, or its staff issued it."));
    if (content.credits() != null) {
      achievement.put("creditsAvailable", content.credits().doubleValue());
    }
    if (!content.competencies().isEmpty()) {
      achievement.put("tag", content.competencies());
    }
    String salt = certificate.number().value();
    Map<String, Object> identifier = new LinkedHashMap<>();
    identifier.put("type", "IdentityObject");
    identifier.put("hashed", true);
    identifier.put("identityHash", "sha256$" + sha256(content.learnerName() + salt));
    identifier.put("identityType", "ext:name");
    identifier.put("salt", salt);
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("type", List.of("AchievementSubject"));
    subject.put("identifier", List.of(identifier));
    subject.put("achievement", achievement);
    if (content.credits() != null) {
      subject.put("creditsEarned", content.credits().doubleValue());
    }
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("id", urls.statusList() + "#" + certificate.statusIndex());
    status.put("type", "BitstringStatusListEntry");
    status.put("statusPurpose", "revocation");
    status.put("statusListIndex", Integer.toString(certificate.statusIndex()));
    status.put("statusListCredential", urls.statusList());
    Map<String, Object> credential = new LinkedHashMap<>();
    credential.put("@context", CONTEXT);
    credential.put("id", urls.verification(certificate.number()));
    credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
    credential.put("issuer", issuerProfile());
    credential.put("issuanceDate", seconds(certificate.issuedAt()).toString());
    credential.put("name", content.title());
    credential.put("credentialSubject", subject);
    credential.put("credentialStatus", status);
    return credential;
  }

  /** The credential as a VC-JWT: its properties plus {@code iss}, {@code jti}, {@code nbf}. */
  public String signedCredential(Certificate certificate) {
    Map<String, Object> claims = new LinkedHashMap<>(credential(certificate));
    claims.put("iss", urls.issuer());
    claims.put("jti", claims.get("id"));
    claims.put("nbf", seconds(certificate.issuedAt()).getEpochSecond());
    return signer.sign(claims);
  }

  /** The issuer's profile. */
  public Map<String, Object> issuerProfile() {
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("id", urls.issuer());
    profile.put("type", List.of("Profile"));
    profile.put("name", ISSUER_NAME);
    profile.put("url", urls.base());
    return profile;
  }

  /** The issuer's profile as a document of its own, with its keys' address. */
  public Map<String, Object> issuerDocument() {
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("@context", CONTEXT.subList(0, 2));
    profile.putAll(issuerProfile());
    profile.put("jwks_uri", urls.jwks());
    return profile;
  }

  public Map<String, Object> publicKeys() {
    return signer.publicKeys();
  }

  /** The revocation status list, a signed Bitstring Status List credential. */
  public String statusList() {
    Instant now = seconds(clock.instant());
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("id", urls.statusList() + "#list");
    subject.put("type", "BitstringStatusList");
    subject.put("statusPurpose", "revocation");
    subject.put(
        "encodedList", encode(certificates.revokedIndexes(), Certificates.STATUS_LIST_SIZE));
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
    claims.put("id", urls.statusList());
    claims.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
    claims.put("issuer", urls.issuer());
    claims.put("validFrom", now.toString());
    claims.put("credentialSubject", subject);
    claims.put("iss", urls.issuer());
    claims.put("jti", urls.statusList());
    claims.put("nbf", now.getEpochSecond());
    claims.put("exp", now.plus(1, ChronoUnit.DAYS).getEpochSecond());
    return signer.sign(claims);
  }

  /**
   * The bitstring of {@code size} bits, bit 0 the most significant of the first byte, GZIP
   * compressed, base64url without padding and with the multibase prefix {@code u}.
   */
  public static String encode(BitSet set, int size) {
    byte[] bytes = new byte[size / 8];
    set.stream().filter(i -> i < size).forEach(i -> bytes[i / 8] |= (byte) (0x80 >>> (i % 8)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
  }

  /** Whether bit {@code index} is set in an encoded list ({@link #encode}). */
  public static boolean isSet(String encodedList, int index) {
    try {
      byte[] zipped = Base64.getUrlDecoder().decode(encodedList.substring(1));
      byte[] bytes =
          new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped))
              .readAllBytes();
      return (bytes[index / 8] & (0x80 >>> (index % 8))) != 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instant seconds(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS);
  }
}
