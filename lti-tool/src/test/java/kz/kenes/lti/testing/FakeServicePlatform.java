package kz.kenes.lti.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What every fake LTI Advantage platform of the tests shares ({@link FakeAgsPlatform}, {@link
 * FakeNrpsPlatform}): an HTTP server on a free port of 127.0.0.1; a token endpoint at {@code
 * /token} that wants the client credentials grant form-urlencoded with a {@code private_key_jwt}
 * client assertion, checked against the tool's key set asked on each request (a URL fetch makes it
 * Moodle's behaviour, see {@link #fetching}); bearer tokens it issued, refused after {@link
 * #revokeTokens}; every request recorded; and failures a test switches on ({@link #failNext}). A
 * subclass serves its own services in {@link #serve}.
 */
public abstract class FakeServicePlatform implements AutoCloseable {

  /** A request as it arrived: method, path with query, the headers that matter, body. */
  protected record Request(
      String method,
      String pathAndQuery,
      String contentType,
      String accept,
      String authorization,
      String body) {}

  private final String clientId;
  private final Supplier<String> toolJwks;
  private final String threadName;
  private final List<Request> received = new CopyOnWriteArrayList<>();
  private final Set<String> tokens = ConcurrentHashMap.newKeySet();
  private final List<JWTClaimsSet> assertions = new CopyOnWriteArrayList<>();
  private final AtomicInteger failures = new AtomicInteger();
  private volatile int failureStatus = 503;
  private volatile String failureType = "text/plain";
  private volatile String failureBody = "service unavailable for a while";
  private volatile long expiresIn = 3600;
  private HttpServer server;
  private ExecutorService executor;

  protected FakeServicePlatform(String clientId, Supplier<String> toolJwks, String threadName) {
    this.clientId = clientId;
    this.toolJwks = toolJwks;
    this.threadName = threadName;
  }

  /** Opens the port and serves; called once by the subclass's factory, after construction. */
  protected final void listen() {
    // No Nagle on the server's sockets: with it, a client that sends headers and body in two
    // packets waits for the delayed ACK (about 40 ms a request), which would hide the tool's cost.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
      executor = Executors.newFixedThreadPool(4, this::daemon);
      server.createContext("/", this::handle);
      server.setExecutor(executor);
      server.start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot open a local port for the fake platform", e);
    }
  }

  /**
   * A key set supplier that fetches {@code jwksUrl} on every call (as Moodle checks assertions).
   */
  public static Supplier<String> fetching(URI jwksUrl) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    return () -> {
      try {
        return http.send(
                HttpRequest.newBuilder(jwksUrl).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException("cannot fetch the tool's JWKS at " + jwksUrl, e);
      }
    };
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public URI tokenUrl() {
    return url("/token");
  }

  /**
   * The next {@code count} requests (token included) are answered {@code status} with this body.
   */
  public void failNext(int count, int status, String contentType, String body) {
    failureStatus = status;
    failureType = contentType;
    failureBody = body;
    failures.set(count);
  }

  /** Answers every request {@code status} until {@link #recover()}. */
  public void failUntilRecovered(int status) {
    failNext(Integer.MAX_VALUE, status, "text/plain", "service unavailable for a while");
  }

  /** Ends the failures {@link #failNext} or {@link #failUntilRecovered} started. */
  public void recover() {
    failures.set(0);
  }

  /** Every token issued so far is refused from now on (401). */
  public void revokeTokens() {
    tokens.clear();
  }

  /** The {@code expires_in} of the tokens issued from now on. */
  public void expiresIn(long seconds) {
    expiresIn = seconds;
  }

  /** The claims of every client assertion the token endpoint accepted. */
  public List<JWTClaimsSet> assertions() {
    return List.copyOf(assertions);
  }

  protected List<Request> received() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** Answers a request to a service (the token checked); {@code query} may be null. */
  protected abstract void serve(HttpExchange exchange, String path, String query, String body)
      throws IOException;

  private void handle(HttpExchange exchange) throws IOException {
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String path = exchange.getRequestURI().getRawPath();
    String query = exchange.getRequestURI().getRawQuery();
    received.add(
        new Request(
            exchange.getRequestMethod(),
            path + (query == null ? "" : "?" + query),
            exchange.getRequestHeaders().getFirst("Content-Type"),
            exchange.getRequestHeaders().getFirst("Accept"),
            exchange.getRequestHeaders().getFirst("Authorization"),
            body));
    try {
      if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        answer(exchange, failureStatus, failureType, failureBody);
      } else if (path.equals("/token")) {
        token(exchange, body);
      } else if (!authorised(exchange)) {
        answer(exchange, 401, "application/json", "{\"error\":\"invalid_token\"}");
      } else {
        serve(exchange, path, query, body);
      }
    } catch (RuntimeException e) {
      answer(exchange, 500, "text/plain", String.valueOf(e));
    }
  }

  private boolean authorised(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    return header != null && header.startsWith("Bearer ") && tokens.contains(header.substring(7));
  }

  private void token(HttpExchange exchange, String body) throws IOException {
    Map<String, String> form = form(body);
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type == null || !type.startsWith("application/x-www-form-urlencoded")) {
      answer(exchange, 400, "application/json", "{\"error\":\"invalid_request\"}");
      return;
    }
    if (!"client_credentials".equals(form.get("grant_type"))
        || !"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
            .equals(form.get("client_assertion_type"))) {
      answer(exchange, 400, "application/json", "{\"error\":\"unsupported_grant_type\"}");
      return;
    }
    try {
      SignedJWT jwt = SignedJWT.parse(form.get("client_assertion"));
      RSAKey key = (RSAKey) JWKSet.parse(toolJwks.get()).getKeyByKeyId(jwt.getHeader().getKeyID());
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      if (key == null
          || !jwt.verify(new RSASSAVerifier(key))
          || !clientId.equals(claims.getIssuer())
          || !clientId.equals(claims.getSubject())
          || !claims.getAudience().contains(tokenUrl().toString())
          || claims.getJWTID() == null
          || claims.getExpirationTime() == null) {
        answer(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}");
        return;
      }
      assertions.add(claims);
    } catch (ParseException | JOSEException | RuntimeException e) {
      answer(exchange, 400, "application/json", "{\"error\":\"invalid_client\"}");
      return;
    }
    String token = UUID.randomUUID().toString();
    tokens.add(token);
    answer(
        exchange,
        200,
        "application/json",
        "{\"access_token\":\""
            + token
            + "\",\"token_type\":\"Bearer\",\"expires_in\":"
            + expiresIn
            + ",\"scope\":\""
            + form.getOrDefault("scope", "")
            + "\"}");
  }

  /** A form-urlencoded body or query as a map (the last value of a repeated name). */
  protected static Map<String, String> form(String encoded) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : (encoded == null ? "" : encoded).split("&")) {
      if (!pair.isEmpty()) {
        int eq = pair.indexOf('=');
        form.put(
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  protected static void answer(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Adds {@code Link: <url>; rel="next"} to the answer about to be sent. */
  protected static void next(HttpExchange exchange, URI url) {
    exchange.getResponseHeaders().add("Link", "<" + url + ">; rel=\"next\"");
  }

  private Thread daemon(Runnable r) {
    Thread thread = new Thread(r, threadName);
    thread.setDaemon(true);
    return thread;
  }
}
