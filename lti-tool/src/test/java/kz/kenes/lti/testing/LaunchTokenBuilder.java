package kz.kenes.lti.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.security.jwt.JwsTestSigner;
import kz.kenes.lti.security.jwt.RsaJwk;

/**
 * Builds id_tokens as a platform would post them: valid by default for the given issuer, client_id,
 * deployment and nonce (an LtiResourceLinkRequest from a learner, signed RS256 with {@link
 * TestKeys#platform()}, issued now by the given clock and valid five minutes), and bent into any
 * invalid shape with {@link #with}, {@link #without}, {@link #header}, {@link #signedWith} and
 * {@link #alg}.
 */
public final class LaunchTokenBuilder {

  public static final String DEFAULT_SUBJECT = "b3f1a9c2-6d2e-4e57-9d4f-2c1c4f0e7a11";
  public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
  public static final Duration LIFETIME = Duration.ofMinutes(5);

  private final Clock clock;
  private final Map<String, Object> claims = new LinkedHashMap<>();
  private final Set<String> removed = new HashSet<>();
  private final Map<String, Object> headers = new LinkedHashMap<>();
  private final Set<String> removedHeaders = new HashSet<>();
  private RsaJwk key = TestKeys.platform();
  private String alg = "RS256";

  private LaunchTokenBuilder(Clock clock) {
    this.clock = clock;
  }

  /** A valid LtiResourceLinkRequest for these registration values and login. */
  public static LaunchTokenBuilder resourceLinkLaunch(
      String issuer,
      String clientId,
      String deploymentId,
      String nonce,
      String targetLinkUri,
      Clock clock) {
    return new LaunchTokenBuilder(clock)
        .with(LtiClaims.ISS, issuer)
        .with(LtiClaims.AUD, clientId)
        .with(LtiClaims.AZP, clientId)
        .with(LtiClaims.SUB, DEFAULT_SUBJECT)
        .with(LtiClaims.NONCE, nonce)
        .with(LtiClaims.DEPLOYMENT_ID, deploymentId)
        .with(LtiClaims.VERSION, LtiClaims.VERSION_1_3_0)
        .with(LtiClaims.MESSAGE_TYPE, LtiClaims.LTI_RESOURCE_LINK_REQUEST)
        .with(LtiClaims.TARGET_LINK_URI, targetLinkUri)
        .with(LtiClaims.ROLES, List.of(LEARNER))
        .with(LtiClaims.RESOURCE_LINK, Map.of("id", "resource-link-1", "title", "Module survey"))
        .with(LtiClaims.NAME, "Aigerim Nurlanovna")
        .with(LtiClaims.GIVEN_NAME, "Aigerim")
        .with(LtiClaims.FAMILY_NAME, "Nurlanovna")
        .with(LtiClaims.EMAIL, "aigerim@student.example.edu")
        .with(LtiClaims.LOCALE, "kk-KZ");
  }

  /** Turns the token into an LtiDeepLinkingRequest returning to {@code returnUrl}. */
  public LaunchTokenBuilder deepLinking(String returnUrl) {
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
                List.of("iframe", "window"),
                "accept_multiple",
                true,
                "data",
                "opaque-platform-data"));
  }

  /** Sets a claim (a JSON value: string, number, boolean, list or map). */
  public LaunchTokenBuilder with(String claim, Object value) {
    claims.put(claim, value);
    removed.remove(claim);
    return this;
  }

  /** Leaves a claim out, including {@code iat} and {@code exp}. */
  public LaunchTokenBuilder without(String claim) {
    claims.remove(claim);
    removed.add(claim);
    return this;
  }

  /** The roles claim. */
  public LaunchTokenBuilder roles(String... roles) {
    return with(LtiClaims.ROLES, java.util.Arrays.asList(roles));
  }

  public LaunchTokenBuilder subject(String sub) {
    return with(LtiClaims.SUB, sub);
  }

  public LaunchTokenBuilder issuedAt(java.time.Instant iat) {
    return with(LtiClaims.IAT, iat.getEpochSecond());
  }

  public LaunchTokenBuilder expiresAt(java.time.Instant exp) {
    return with(LtiClaims.EXP, exp.getEpochSecond());
  }

  /** The value a claim will have if the token is built now. */
  public Object claim(String name) {
    return claims().get(name);
  }

  /** Sets a JOSE header parameter, e.g. {@code kid}, {@code jku} or {@code jwk}. */
  public LaunchTokenBuilder header(String name, Object value) {
    headers.put(name, value);
    removedHeaders.remove(name);
    return this;
  }

  public LaunchTokenBuilder withoutHeader(String name) {
    headers.remove(name);
    removedHeaders.add(name);
    return this;
  }

  /** Signs with {@code key}; the kid header follows unless set explicitly. */
  public LaunchTokenBuilder signedWith(RsaJwk key) {
    this.key = key;
    return this;
  }

  /** RS256 (default), RS384, RS512, HS256 (keyed with the public key), none, … */
  public LaunchTokenBuilder alg(String alg) {
    this.alg = alg;
    return this;
  }

  /** The claims the token will carry if built now. */
  public Map<String, Object> claims() {
    Instant now = clock.instant();
    Map<String, Object> result = new LinkedHashMap<>();
    result.put(LtiClaims.IAT, now.getEpochSecond());
    result.put(LtiClaims.EXP, now.plus(LIFETIME).getEpochSecond());
    result.putAll(claims);
    removed.forEach(result::remove);
    return result;
  }

  /** The compact serialised id_token. */
  public String build() {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", alg);
    header.put("typ", "JWT");
    header.put("kid", key.kid());
    header.putAll(headers);
    removedHeaders.forEach(header::remove);
    return JwsTestSigner.sign(header, claims(), key);
  }
}
