package it.kenes.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.security.jwt.RsaJwk;

/**
 * Test data builder for the id_token a platform posts to Kenes: by default a valid
 * LtiResourceLinkRequest from a learner, for the nonce of one login, signed RS256 with the
 * platform's current key, issued now and valid five minutes. {@link #with}, {@link #without},
 * {@link #header}, {@link #alg} and {@link #signedWith} bend it into any shape, valid or not.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#resource-link-launch-request-message">LTI
 *     1.3 §5.3 Resource link launch request</a>
 */
public final class IdTokenBuilder {

  public static final Duration LIFETIME = Duration.ofMinutes(5);

  private final Map<String, Object> claims = new LinkedHashMap<>();
  private final Set<String> removed = new HashSet<>();
  private final Map<String, Object> headers = new LinkedHashMap<>();
  private final Set<String> removedHeaders = new HashSet<>();
  private RsaJwk key;
  private String alg = "RS256";

  private IdTokenBuilder(RsaJwk key) {
    this.key = key;
  }

  /** A valid resource link launch of {@code platform} answering the login with {@code nonce}. */
  public static IdTokenBuilder resourceLinkLaunch(TestPlatform platform, String nonce) {
    String user = "user-" + Unique.suffix();
    return new IdTokenBuilder(platform.signingKey())
        .with(LtiClaims.ISS, platform.issuer())
        .with(LtiClaims.AUD, platform.clientId())
        .with(LtiClaims.AZP, platform.clientId())
        .with(LtiClaims.SUB, user)
        .with(LtiClaims.NONCE, nonce)
        .with(LtiClaims.DEPLOYMENT_ID, platform.deploymentId())
        .with(LtiClaims.VERSION, LtiClaims.VERSION_1_3_0)
        .with(LtiClaims.MESSAGE_TYPE, LtiClaims.LTI_RESOURCE_LINK_REQUEST)
        .with(LtiClaims.TARGET_LINK_URI, TestPlatform.targetLinkUri())
        .with(LtiClaims.ROLES, List.of(LtiRoles.LEARNER))
        .with(
            LtiClaims.RESOURCE_LINK,
            Map.of("id", "link-" + Unique.suffix(), "title", "Module 1 satisfaction survey"))
        .with(
            LtiClaims.CONTEXT,
            Map.of(
                "id",
                "course-" + Unique.suffix(),
                "label",
                "AGR-101",
                "title",
                "Agronomy basics",
                "type",
                List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")))
        .with(LtiClaims.NAME, "Aigerim Nurlanovna")
        .with(LtiClaims.GIVEN_NAME, "Aigerim")
        .with(LtiClaims.FAMILY_NAME, "Nurlanovna")
        .with(LtiClaims.EMAIL, user + "@student.example.edu")
        .with(LtiClaims.LOCALE, "en-US")
        .with(
            LtiClaims.LAUNCH_PRESENTATION,
            Map.of("document_target", "iframe", "return_url", platform.issuer() + "/course"))
        .with(
            LtiClaims.TOOL_PLATFORM,
            Map.of("guid", platform.issuer(), "name", "Kenes test platform", "version", "1"));
  }

  /** Turns the token into an LtiDeepLinkingRequest returning to {@code returnUrl}. */
  public IdTokenBuilder deepLinking(String returnUrl) {
    return with(LtiClaims.MESSAGE_TYPE, LtiClaims.LTI_DEEP_LINKING_REQUEST)
        .without(LtiClaims.RESOURCE_LINK)
        .with(
            LtiClaims.DEEP_LINKING_SETTINGS,
            Map.of(
                "deep_link_return_url",
                returnUrl,
                "accept_types",
                List.of("ltiResourceLink"),
                "accept_presentation_document_targets",
                List.of("iframe", "window")));
  }

  /** Sets a claim to a JSON value: string, number, boolean, list or map. */
  public IdTokenBuilder with(String claim, Object value) {
    claims.put(claim, value);
    removed.remove(claim);
    return this;
  }

  /** Leaves a claim out; works for {@code iat} and {@code exp} too. */
  public IdTokenBuilder without(String claim) {
    claims.remove(claim);
    removed.add(claim);
    return this;
  }

  /** The roles claim. */
  public IdTokenBuilder roles(String... roles) {
    return with(LtiClaims.ROLES, Arrays.asList(roles));
  }

  public IdTokenBuilder subject(String sub) {
    return with(LtiClaims.SUB, sub);
  }

  public IdTokenBuilder issuedAt(Instant iat) {
    return with(LtiClaims.IAT, iat.getEpochSecond());
  }

  public IdTokenBuilder expiresAt(Instant exp) {
    return with(LtiClaims.EXP, exp.getEpochSecond());
  }

  /** Sets a JOSE header parameter ({@code kid}, {@code jku}, {@code jwk}, {@code x5u}, …). */
  public IdTokenBuilder header(String name, Object value) {
    headers.put(name, value);
    removedHeaders.remove(name);
    return this;
  }

  public IdTokenBuilder withoutHeader(String name) {
    headers.remove(name);
    removedHeaders.add(name);
    return this;
  }

  /** Signs with {@code key}; the kid header is that key's unless set with {@link #header}. */
  public IdTokenBuilder signedWith(RsaJwk key) {
    this.key = key;
    return this;
  }

  /** RS256 (default), RS384, RS512, HS256 (keyed with the public key), none, or any name. */
  public IdTokenBuilder alg(String alg) {
    this.alg = alg;
    return this;
  }

  /** The claims the token carries if built now. */
  public Map<String, Object> claims() {
    Instant now = Instant.now();
    Map<String, Object> result = new LinkedHashMap<>();
    result.put(LtiClaims.IAT, now.getEpochSecond());
    result.put(LtiClaims.EXP, now.plus(LIFETIME).getEpochSecond());
    result.putAll(claims);
    removed.forEach(result::remove);
    return result;
  }

  public Object claim(String name) {
    return claims().get(name);
  }

  /** The compact serialised, signed id_token. */
  public String build() {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", alg);
    header.put("typ", "JWT");
    header.put("kid", key.kid());
    header.putAll(headers);
    removedHeaders.forEach(header::remove);
    return Jws.sign(header, claims(), key);
  }
}
