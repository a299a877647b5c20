package kz.kenes.lti.testing;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import kz.kenes.lti.security.jwt.PlatformKeySets;

/**
 * Serves key sets from memory instead of HTTP and counts how often each URL was fetched. A URL with
 * nothing served fails like an unreachable platform.
 */
public final class CountingJwksFetcher implements PlatformKeySets.Fetcher {

  private final Map<URI, String> keySets = new ConcurrentHashMap<>();
  private final Map<URI, AtomicInteger> fetches = new ConcurrentHashMap<>();

  /** Serves {@code jwksJson} at {@code url} from now on. */
  public CountingJwksFetcher serve(URI url, String jwksJson) {
    keySets.put(url, jwksJson);
    return this;
  }

  @Override
  public String fetch(URI jwksUrl) throws IOException {
    fetches.computeIfAbsent(jwksUrl, u -> new AtomicInteger()).incrementAndGet();
    String json = keySets.get(jwksUrl);
    if (json == null) {
      throw new IOException("connection refused: " + jwksUrl);
    }
    return json;
  }

  public int fetchCount(URI url) {
    AtomicInteger count = fetches.get(url);
    return count == null ? 0 : count.get();
  }
}
