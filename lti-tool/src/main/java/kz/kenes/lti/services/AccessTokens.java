package kz.kenes.lti.services;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.JWTID;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.lti.security.jwt.RsaJwk;

/**
 * Access tokens for a platform's LTI Advantage services, by the OAuth 2 client credentials grant
 * authenticated with a {@code private_key_jwt} client assertion signed by the tool's active key
 * (header {@code kid}; {@code iss} = {@code sub} = client_id, {@code aud} = the token URL, a unique
 * {@code jti}, {@code exp} {@link #ASSERTION_LIFETIME} ahead), sent form-urlencoded as Moodle's
 * {@code mod/lti/token.php} wants.
 *
 * <p>Tokens are cached per registration and scope set until {@link #EXPIRY_MARGIN} before they
 * expire; a service that answers 401 has its caller {@link #invalidate} the token and ask again
 * once. The token call may take as long as the platform needs to fetch the tool's JWKS to check the
 * assertion (Moodle does, during the call): the caller must not hold the only thread that serves
 * {@code /lti/jwks}.
 *
 * @see <a
 *     href="https://www.imsglobal.org/spec/security/v1p0/#using-json-web-tokens-with-oauth-2-0-client-credentials-grant">Security
 *     Framework §4.1</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7523#section-2.2">RFC 7523 §2.2 JWT for client
 *     authentication</a>
 */
public final class AccessTokens {

  /** How long a client assertion is valid: one token request, with room for clock skew. */
  public static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(1);

  /** A cached token is no longer used this long before it expires. */
  public static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);

  /** How long a token without {@code expires_in} is cached. */
  static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

  private final Supplier<RsaJwk> signingKey;
  private final Clock clock;
  private final Duration timeout;
  private final ConcurrentHashMap<Key, Cached> cache = new ConcurrentHashMap<>();
  private final AtomicLong requests = new AtomicLong();

  /**
   * @param signingKey the tool's active key, asked on every token request (so a rotation is seen)
   * @param timeout connect and read timeout of the token call
   */
  public AccessTokens(Supplier<RsaJwk> signingKey, Clock clock, Duration timeout) {
    this.signingKey = Objects.requireNonNull(signingKey);
    this.clock = Objects.requireNonNull(clock);
    this.timeout = Objects.requireNonNull(timeout);
  }

  /**
   * A bearer token for these scopes: the cached one while it has more than {@link #EXPIRY_MARGIN}
   * left, else a new one from the registration's token URL.
   *
   * @throws ServiceCallException when the platform refuses or does not answer
   */
  public String token(PlatformRegistration registration, Set<String> scopes) {
    Key key = new Key(registration.id(), new TreeSet<>(scopes));
    Instant now = clock.instant();
    Cached cached = cache.get(key);
    if (cached != null && now.isBefore(cached.usableUntil())) {
      return cached.token();
    }
    Cached fresh = request(registration, key.scopes(), now);
    cache.put(key, fresh);
    return fresh.token();
  }

  /** Drops {@code token} from the cache (a service answered 401 to it). */
  public void invalidate(PlatformRegistration registration, Set<String> scopes, String token) {
    Key key = new Key(registration.id(), new TreeSet<>(scopes));
    cache.computeIfPresent(key, (k, cached) -> cached.token().equals(token) ? null : cached);
  }

  /** Drops every token of a registration (it was changed or removed). */
  public void forget(long registrationId) {
    cache.keySet().removeIf(k -> k.registrationId() == registrationId);
  }

  /** How many token requests were sent so far (cache misses). */
  public long requestsSent() {
    return requests.get();
  }

  /** The form-urlencoded token request body, client assertion included. */
  String requestBody(PlatformRegistration registration, Set<String> scopes, Instant now) {
    return tokenRequest(registration, scopes, now).toHTTPRequest().getBody();
  }

  private Cached request(PlatformRegistration registration, Set<String> scopes, Instant now) {
    HTTPRequest http = tokenRequest(registration, scopes, now).toHTTPRequest();
    int millis = (int) timeout.toMillis();
    http.setConnectTimeout(millis);
    http.setReadTimeout(millis);
    requests.incrementAndGet();
    HTTPResponse response;
    try {
      response = http.send();
    } catch (IOException e) {
      throw new ServiceCallException("token request to " + registration.accessTokenUrl(), e);
    }
    return parse(response, now);
  }

  private TokenRequest tokenRequest(
      PlatformRegistration registration, Set<String> scopes, Instant now) {
    URI tokenUrl = registration.accessTokenUrl();
    if (tokenUrl == null) {
      throw new ServiceCallException(
          0, "the platform registration has no access token URL", null, true, null);
    }
    return new TokenRequest(
        tokenUrl,
        clientAssertion(registration.clientId(), tokenUrl, now),
        new ClientCredentialsGrant(),
        new Scope(scopes.toArray(String[]::new)));
  }

  private PrivateKeyJWT clientAssertion(String clientId, URI tokenUrl, Instant now) {
    RsaJwk key = signingKey.get();
    JWTAuthenticationClaimsSet claims =
        new JWTAuthenticationClaimsSet(
            new ClientID(clientId),
            List.of(new Audience(tokenUrl)),
            Date.from(now.plus(ASSERTION_LIFETIME)),
            null,
            Date.from(now),
            new JWTID());
    try {
      return new PrivateKeyJWT(claims, JWSAlgorithm.RS256, key.privateKey(), key.kid(), null);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign the client assertion with " + key.kid(), e);
    }
  }

  private static Cached parse(HTTPResponse response, Instant now) {
    TokenResponse parsed;
    try {
      parsed = TokenResponse.parse(response);
    } catch (ParseException e) {
      throw new ServiceCallException(
          response.getStatusCode() == 200 ? 0 : response.getStatusCode(),
          "unreadable token response: " + response.getBody(),
          null,
          false,
          e);
    }
    if (!parsed.indicatesSuccess()) {
      ErrorObject error = parsed.toErrorResponse().getErrorObject();
      // Never permanent: a token refusal is usually configuration (a key, a client_id) that an
      // administrator fixes, or the platform failing to fetch the tool's key set.
      throw new ServiceCallException(
          response.getStatusCode(), message(error, response), null, false, null);
    }
    AccessTokenResponse ok = parsed.toSuccessResponse();
    long lifetime = ok.getTokens().getAccessToken().getLifetime();
    Duration valid = lifetime > 0 ? Duration.ofSeconds(lifetime) : DEFAULT_LIFETIME;
    Instant until = now.plus(valid).minus(EXPIRY_MARGIN);
    return new Cached(ok.getTokens().getAccessToken().getValue(), until);
  }

  /**
   * The refusal as the platform worded it: its OAuth {@code error} (and description), or, for an
   * answer that is no OAuth error (an HTML page of a proxy, a plain text), a sanitized snippet of
   * the body.
   */
  static String message(ErrorObject error, HTTPResponse response) {
    if (error != null && error.getCode() != null && !error.getCode().isBlank()) {
      return error.getCode()
          + (error.getDescription() == null ? "" : ": " + error.getDescription());
    }
    String body = ServiceCallException.cut(response.getBody());
    return body.isEmpty() ? "no error in the answer (empty body)" : body;
  }

  private record Key(long registrationId, SortedSet<String> scopes) {}

  private record Cached(String token, Instant usableUntil) {}
}
