package kz.kenes.lti.testing;

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
 * A platform's LTI Advantage services on a free port of 127.0.0.1, for tests of the tool's AGS
 * client: a token endpoint that checks the client assertion (against a fixed key, or against the
 * tool's JWKS fetched during the call, as Moodle does), a line items container with paging, and
 * Moodle-shaped line item URLs ({@code /lineitems/N/lineitem?type_id=3}) whose scores are posted to
 * {@code /lineitems/N/lineitem/scores?type_id=3}. Every request is recorded; a test can make the
 * next answers fail ({@link #failNext}), expire all tokens ({@link #revokeTokens}) and read the
 * stored scores.
 */
public final class FakeAgsPlatform implements AutoCloseable {

  /** A request as it arrived: method, path with query, headers that matter, body. */
  public record Recorded(
      String method, String pathAndQuery, String contentType, String authorization, String body) {}

  /** A stored score: the score JSON as posted, parsed. */
  public record StoredScore(int lineItem, Map<String, Object> json) {}

  private final HttpServer server;
  private final ExecutorService executor;
  private final HttpClient client = HttpClient.newHttpClient();
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final Set<String> tokens = ConcurrentHashMap.newKeySet();
  private final List<Map<String, Object>> lineItems = new CopyOnWriteArrayList<>();
  private final List<StoredScore> scores = new CopyOnWriteArrayList<>();
  private final Map<String, Long> latest = new java.util.HashMap<>();
  private final List<JWTClaimsSet> assertions = new CopyOnWriteArrayList<>();
  private final AtomicInteger failures = new AtomicInteger();
  private volatile int failureStatus = 503;
  private volatile String failureType = "text/plain";
  private volatile String failureBody = "service unavailable for a while";
  private volatile int pageSize = 2;
  private volatile long expiresIn = 3600;
  private volatile Supplier<String> toolJwks;
  private volatile String clientId;

  private FakeAgsPlatform(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts the platform. The client assertion is checked against the key set {@code toolJwks}
   * gives, asked during each token request (a URL fetch makes it Moodle's behaviour).
   */
  public static FakeAgsPlatform start(String clientId, Supplier<String> toolJwks) {
    // No Nagle on the server's sockets: with it, a client that sends headers and body in two
    // packets waits for the delayed ACK (about 40 ms a request), which would hide Kenes's own cost.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
      ExecutorService executor = Executors.newFixedThreadPool(4, FakeAgsPlatform::daemon);
      FakeAgsPlatform platform = new FakeAgsPlatform(server, executor);
      platform.clientId = clientId;
      platform.toolJwks = toolJwks;
      server.createContext("/", platform::handle);
      server.setExecutor(executor);
      server.start();
      return platform;
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
    InetSocketAddress address = server.getAddress();
    return URI.create("http://127.0.0.1:" + address.getPort() + path);
  }

  public URI tokenUrl() {
    return url("/token");
  }

  public URI lineItemsUrl() {
    return url("/lineitems");
  }

  /** Adds a line item and returns its Moodle-shaped URL ({@code …/lineitem?type_id=3}). */
  public URI addLineItem(String label, String resourceId, String resourceLinkId) {
    synchronized (lineItems) {
      int n = lineItems.size() + 1;
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", url("/lineitems/" + n + "/lineitem?type_id=3").toString());
      item.put("label", label);
      item.put("scoreMaximum", 1);
      item.put("resourceId", resourceId);
      if (resourceLinkId != null) {
        item.put("resourceLinkId", resourceLinkId);
      }
      lineItems.add(item);
      return URI.create((String) item.get("id"));
    }
  }

  /** The next {@code count} service requests (token included) are answered {@code status}. */
  public void failNext(int count, int status) {
    failNext(count, status, "text/plain", "service unavailable for a while");
  }

  /** The next {@code count} service requests are answered {@code status} with this body. */
  public void failNext(int count, int status, String contentType, String body) {
    failureStatus = status;
    failureType = contentType;
    failureBody = body;
    failures.set(count);
  }

  /** Answers every request {@code status} until {@link #recover()}. */
  public void failUntilRecovered(int status) {
    failNext(Integer.MAX_VALUE, status);
  }

  /** Ends the failures {@link #failNext} or {@link #failUntilRecovered} started. */
  public void recover() {
    failures.set(0);
  }

  /** Every token issued so far is refused from now on (401). */
  public void revokeTokens() {
    tokens.clear();
  }

  public void pageSize(int size) {
    pageSize = size;
  }

  public void expiresIn(long seconds) {
    expiresIn = seconds;
  }

  public List<Recorded> requests() {
    return List.copyOf(requests);
  }

  public List<Recorded> requests(String method, String pathPrefix) {
    return requests.stream()
        .filter(r -> r.method().equals(method) && r.pathAndQuery().startsWith(pathPrefix))
        .toList();
  }

  public List<StoredScore> scores() {
    return List.copyOf(scores);
  }

  public List<Map<String, Object>> lineItems() {
    return List.copyOf(lineItems);
  }

  /** The claims of every client assertion the token endpoint accepted. */
  public List<JWTClaimsSet> assertions() {
    return List.copyOf(assertions);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String path = exchange.getRequestURI().getRawPath();
    String query = exchange.getRequestURI().getRawQuery();
    requests.add(
        new Recorded(
            exchange.getRequestMethod(),
            path + (query == null ? "" : "?" + query),
            exchange.getRequestHeaders().getFirst("Content-Type"),
            exchange.getRequestHeaders().getFirst("Authorization"),
            body));
    try {
      if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        answer(exchange, failureStatus, failureType, failureBody);
      } else if (path.equals("/token")) {
        token(exchange, body);
      } else if (!authorised(exchange)) {
        answer(exchange, 401, "application/json", "{\"error\":\"invalid_token\"}");
      } else if (path.equals("/lineitems")) {
        lineItems(exchange, query, body);
      } else if (path.matches("/lineitems/\\d+/lineitem/scores")) {
        score(exchange, Integer.parseInt(path.split("/")[2]), body);
      } else if (path.matches("/lineitems/\\d+/lineitem/results")) {
        results(exchange, Integer.parseInt(path.split("/")[2]), query);
      } else {
        answer(exchange, 404, "text/plain", "no such service: " + path);
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
    } catch (java.text.ParseException | com.nimbusds.jose.JOSEException e) {
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

  private void lineItems(HttpExchange exchange, String query, String body) throws IOException {
    if (exchange.getRequestMethod().equals("POST")) {
      Map<String, Object> posted = json(body);
      URI id =
          addLineItem(
              (String) posted.get("label"),
              (String) posted.get("resourceId"),
              (String) posted.get("resourceLinkId"));
      posted.put("id", id.toString());
      answer(exchange, 201, "application/vnd.ims.lis.v2.lineitem+json", toJson(posted));
      return;
    }
    Map<String, String> params = form(query == null ? "" : query);
    int page = Integer.parseInt(params.getOrDefault("page", "1"));
    List<Map<String, Object>> all = List.copyOf(lineItems);
    int from = Math.min(all.size(), (page - 1) * pageSize);
    int to = Math.min(all.size(), from + pageSize);
    if (to < all.size()) {
      exchange
          .getResponseHeaders()
          .add("Link", "<" + url("/lineitems?page=" + (page + 1)) + ">; rel=\"next\"");
    }
    StringBuilder json = new StringBuilder("[");
    for (Map<String, Object> item : all.subList(from, to)) {
      json.append(json.length() > 1 ? "," : "").append(toJson(item));
    }
    answer(exchange, 200, "application/vnd.ims.lis.v2.lineitemcontainer+json", json + "]");
  }

  private void score(HttpExchange exchange, int lineItem, String body) throws IOException {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (!"application/vnd.ims.lis.v1.score+json".equals(type)) {
      answer(exchange, 415, "text/plain", "score content type expected, got " + type);
      return;
    }
    Map<String, Object> json = json(body);
    for (String required :
        List.of(
            "userId",
            "scoreGiven",
            "scoreMaximum",
            "timestamp",
            "activityProgress",
            "gradingProgress")) {
      if (!json.containsKey(required)) {
        answer(exchange, 400, "text/plain", "Incorrect score received: no " + required);
        return;
      }
    }
    String stamp = (String) json.get("timestamp");
    // Moodle: a timestamp not later than the stored one, to the second, is refused with 409.
    String key = lineItem + " " + json.get("userId");
    long at = seconds(stamp);
    boolean later;
    synchronized (latest) {
      Long stored = latest.get(key);
      later = stored == null || at > stored;
      if (later) {
        latest.put(key, at);
        scores.add(new StoredScore(lineItem, json));
      }
    }
    if (!later) {
      answer(exchange, 409, "text/plain", "Refusing score with an earlier timestamp");
      return;
    }
    answer(exchange, 200, "application/json", "{}");
  }

  /** The line item's results, {@link #pageSize} a page with {@code Link: rel="next"}. */
  private void results(HttpExchange exchange, int lineItem, String query) throws IOException {
    Map<String, String> params = form(query == null ? "" : query);
    int page = Integer.parseInt(params.getOrDefault("page", "1"));
    List<StoredScore> all = scores.stream().filter(s -> s.lineItem() == lineItem).toList();
    int from = Math.min(all.size(), (page - 1) * pageSize);
    int to = Math.min(all.size(), from + pageSize);
    if (to < all.size()) {
      String next = "/lineitems/" + lineItem + "/lineitem/results?type_id=3&page=" + (page + 1);
      exchange.getResponseHeaders().add("Link", "<" + url(next) + ">; rel=\"next\"");
    }
    StringBuilder json = new StringBuilder("[");
    for (StoredScore s : all.subList(from, to)) {
      json.append(json.length() > 1 ? "," : "")
          .append("{\"userId\":\"")
          .append(s.json().get("userId"))
          .append("\",\"resultScore\":")
          .append(s.json().get("scoreGiven"))
          .append(",\"resultMaximum\":")
          .append(s.json().get("scoreMaximum"))
          .append('}');
    }
    answer(exchange, 200, "application/vnd.ims.lis.v2.resultcontainer+json", json + "]");
  }

  private static long seconds(String isoTimestamp) {
    return java.time.OffsetDateTime.parse(isoTimestamp).toEpochSecond();
  }

  private static Map<String, String> form(String encoded) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : encoded.split("&")) {
      if (!pair.isEmpty()) {
        int eq = pair.indexOf('=');
        form.put(
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(String body) {
    try {
      return new LinkedHashMap<>(com.nimbusds.jose.util.JSONObjectUtils.parse(body));
    } catch (java.text.ParseException e) {
      throw new IllegalArgumentException("not JSON: " + body, e);
    }
  }

  private static String toJson(Map<String, Object> map) {
    return com.nimbusds.jose.util.JSONObjectUtils.toJSONString(map);
  }

  private static void answer(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Thread daemon(Runnable r) {
    Thread thread = new Thread(r, "fake-ags-platform");
    thread.setDaemon(true);
    return thread;
  }
}
