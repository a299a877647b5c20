package kz.kenes.lti.security.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import kz.kenes.lti.LtiError;
import kz.kenes.lti.LtiProtocolException;

/**
 * The platforms' public key sets, fetched from each registration's JWKS URL and cached per URL. A
 * kid missing from the cached set triggers one refetch (the platform may have rotated its keys);
 * refetches are rate-limited so that tokens with made-up kids cannot make the tool hammer the
 * platform. Built on Nimbus {@link JWKSourceBuilder}; only {@code kid} selects the key, the token's
 * {@code jku}, {@code x5u}, {@code jwk} and {@code x5c} headers are never looked at.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#h_key-management">Security Framework
 *     §6.3 Key distribution</a>
 */
public final class PlatformKeySets {

  public static final Duration CACHE_TIME_TO_LIVE = Duration.ofMinutes(5);
  public static final Duration REFETCH_MIN_INTERVAL = Duration.ofSeconds(30);
  public static final int HTTP_CONNECT_TIMEOUT_MILLIS = 2_000;
  public static final int HTTP_READ_TIMEOUT_MILLIS = 2_000;
  public static final int HTTP_SIZE_LIMIT_BYTES = 256 * 1024;
  private static final long CACHE_REFRESH_TIMEOUT_MILLIS = 5_000;
  private static final int MAX_CONVERTED_KEYS = 256;

  /** Fetches the JSON of a key set; the seam where tests replace HTTP. */
  @FunctionalInterface
  public interface Fetcher {
    String fetch(URI jwksUrl) throws IOException;
  }

  private final ResourceRetriever retriever;
  private final Duration timeToLive;
  private final Duration refetchMinInterval;
  private final Map<URI, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();
  private final Map<JWK, RSAPublicKey> converted = new ConcurrentHashMap<>();

  /** Fetches over HTTP with 2 s connect and read timeouts and a 256 KiB size limit. */
  public PlatformKeySets() {
    this(
        new DefaultResourceRetriever(
            HTTP_CONNECT_TIMEOUT_MILLIS, HTTP_READ_TIMEOUT_MILLIS, HTTP_SIZE_LIMIT_BYTES),
        CACHE_TIME_TO_LIVE,
        REFETCH_MIN_INTERVAL);
  }

  /**
   * Fetches over HTTP like {@link #PlatformKeySets()}, except the sets {@code ownSets} answers (a
   * JWK Set's JSON, or {@code null} for a URL it does not own): those are the application's own and
   * never leave the process, e.g. the key of a platform the server plays to warm itself up. They
   * are cached and selected like fetched ones.
   */
  public static PlatformKeySets withOwnSets(Function<URI, String> ownSets) {
    return new PlatformKeySets(
        ownFirst(
            new DefaultResourceRetriever(
                HTTP_CONNECT_TIMEOUT_MILLIS, HTTP_READ_TIMEOUT_MILLIS, HTTP_SIZE_LIMIT_BYTES),
            ownSets),
        CACHE_TIME_TO_LIVE,
        REFETCH_MIN_INTERVAL);
  }

  public PlatformKeySets(Fetcher fetcher) {
    this(fetcher, CACHE_TIME_TO_LIVE, REFETCH_MIN_INTERVAL);
  }

  public PlatformKeySets(Fetcher fetcher, Duration timeToLive, Duration refetchMinInterval) {
    this(adapt(fetcher), timeToLive, refetchMinInterval);
  }

  private PlatformKeySets(
      ResourceRetriever retriever, Duration timeToLive, Duration refetchMinInterval) {
    this.retriever = Objects.requireNonNull(retriever);
    this.timeToLive = Objects.requireNonNull(timeToLive);
    this.refetchMinInterval = Objects.requireNonNull(refetchMinInterval);
  }

  /**
   * The RSA signing key {@code kid} of the key set at {@code jwksUrl}.
   *
   * @throws LtiProtocolException {@link LtiError#UNKNOWN_KID} when the kid is not in the set even
   *     after a refetch (or the refetch was rate-limited), {@link
   *     LtiError#PLATFORM_JWKS_UNAVAILABLE} when the set cannot be fetched or parsed
   */
  public RSAPublicKey publicKey(URI jwksUrl, String kid) {
    List<JWK> matches = select(jwksUrl, kid);
    if (matches.isEmpty()) {
      throw unknownKid(jwksUrl, kid, "after one refetch");
    }
    JWK jwk = matches.get(0);
    RSAPublicKey key = converted.get(jwk);
    return key != null ? key : convert((RSAKey) jwk, jwksUrl);
  }

  /**
   * Converts and remembers a JWK; the map is bounded by clearing it when platforms rotate a lot.
   */
  private RSAPublicKey convert(RSAKey jwk, URI jwksUrl) {
    try {
      RSAPublicKey key = jwk.toRSAPublicKey();
      if (converted.size() >= MAX_CONVERTED_KEYS) {
        converted.clear();
      }
      converted.put(jwk, key);
      return key;
    } catch (JOSEException e) {
      throw new LtiProtocolException(
          LtiError.PLATFORM_JWKS_UNAVAILABLE,
          "key '"
              + jwk.getKeyID()
              + "' in the platform key set "
              + jwksUrl
              + " is not a valid RSA key",
          e);
    }
  }

  private List<JWK> select(URI jwksUrl, String kid) {
    try {
      return source(jwksUrl).get(new JWKSelector(signingKeyMatcher(kid)), null);
    } catch (RateLimitReachedException e) {
      throw unknownKid(jwksUrl, kid, "(refetch skipped: the set was fetched moments ago)");
    } catch (KeySourceException e) {
      throw new LtiProtocolException(
          LtiError.PLATFORM_JWKS_UNAVAILABLE,
          "platform key set " + jwksUrl + " could not be fetched or is not a JWK Set",
          e);
    }
  }

  private static JWKMatcher signingKeyMatcher(String kid) {
    return new JWKMatcher.Builder()
        .keyType(KeyType.RSA)
        .keyID(kid)
        .keyUses(KeyUse.SIGNATURE, null)
        .build();
  }

  private JWKSource<SecurityContext> source(URI jwksUrl) {
    return sources.computeIfAbsent(jwksUrl, this::newSource);
  }

  private JWKSource<SecurityContext> newSource(URI jwksUrl) {
    return JWKSourceBuilder.<SecurityContext>create(toUrl(jwksUrl), retriever)
        .cache(timeToLive.toMillis(), CACHE_REFRESH_TIMEOUT_MILLIS)
        .refreshAheadCache(false)
        .rateLimited(refetchMinInterval.toMillis())
        .retrying(false)
        .outageTolerant(false)
        .build();
  }

  private static LtiProtocolException unknownKid(URI jwksUrl, String kid, String detail) {
    return new LtiProtocolException(
        LtiError.UNKNOWN_KID,
        "id_token kid '" + kid + "' is not in the platform key set " + jwksUrl + " " + detail);
  }

  private static URL toUrl(URI jwksUrl) {
    try {
      return jwksUrl.toURL();
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new LtiProtocolException(
          LtiError.PLATFORM_JWKS_UNAVAILABLE, "platform key set URL " + jwksUrl + " is not a URL");
    }
  }

  private static ResourceRetriever ownFirst(ResourceRetriever http, Function<URI, String> ownSets) {
    Objects.requireNonNull(ownSets);
    return url -> {
      String own = ownSets.apply(toUri(url));
      return own != null ? new Resource(own, "application/json") : http.retrieveResource(url);
    };
  }

  private static ResourceRetriever adapt(Fetcher fetcher) {
    Objects.requireNonNull(fetcher);
    return url -> new Resource(fetcher.fetch(toUri(url)), "application/json");
  }

  private static URI toUri(URL url) throws IOException {
    try {
      return url.toURI();
    } catch (URISyntaxException e) {
      throw new IOException("not a URI: " + url, e);
    }
  }
}
