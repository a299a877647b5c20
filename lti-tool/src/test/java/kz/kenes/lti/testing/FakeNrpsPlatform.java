package kz.kenes.lti.testing;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * A platform's Names and Role Provisioning Service on a free port of 127.0.0.1, for tests of the
 * tool's NRPS client: a token endpoint that checks the client assertion against the tool's key set
 * (asked on each token request), and one context's memberships at {@code /memberships} with {@code
 * role} and {@code limit} filters and {@code Link: rel="next"} paging. A test sets the members (and
 * may change them between syncs), makes answers fail and reads what was asked.
 */
public final class FakeNrpsPlatform implements AutoCloseable {

  public static final String MEMBERSHIP_TYPE =
      "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

  /** A request as it arrived. */
  public record Recorded(String method, String pathAndQuery, String accept, String authorization) {}

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final Set<String> tokens = ConcurrentHashMap.newKeySet();
  private final List<Map<String, Object>> members = new CopyOnWriteArrayList<>();
  private final AtomicInteger failures = new AtomicInteger();
  private volatile int failureStatus = 503;
  private volatile String failureBody = "service unavailable";
  private volatile int pageSize = 2;
  private final String clientId;
  private final Supplier<String> toolJwks;

  private FakeNrpsPlatform(
      HttpServer server, ExecutorService executor, String clientId, Supplier<String> toolJwks) {
    this.server = server;
    this.executor = executor;
    this.clientId = clientId;
    this.toolJwks = toolJwks;
  }

  /** Starts the platform; assertions are checked against the key set {@code toolJwks} gives. */
  public static FakeNrpsPlatform start(String clientId, Supplier<String> toolJwks) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
      ExecutorService executor =
          Executors.newFixedThreadPool(
              4,
              r -> {
                Thread t = new Thread(r, "fake-nrps");
                t.setDaemon(true);
                return t;
              });
      FakeNrpsPlatform platform = new FakeNrpsPlatform(server, executor, clientId, toolJwks);
      server.createContext("/", platform::handle);
      server.setExecutor(executor);
      server.start();
      return platform;
    } catch (IOException e) {
      throw new IllegalStateException("cannot open a local port for the fake platform", e);
    }
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public URI tokenUrl() {
    return url("/token");
  }

  /** The context's memberships URL, with a query as Moodle's has, so the tool must keep it. */
  public URI membershipsUrl() {
    return url("/memberships?course=7");
  }

  /** Adds a member; name and email may be null (left out of the JSON). */
  public void addMember(String userId, String name, String email, String... roles) {
    Map<String, Object> member = new LinkedHashMap<>();
    member.put("user_id", userId);
    member.put("status", "Active");
    if (name != null) {
      member.put("name", name);
    }
    if (email != null) {
      member.put("email", email);
    }
    member.put("roles", List.of(roles));
    members.add(member);
  }

  /** Removes a member, as a platform does when a learner leaves the course. */
  public void removeMember(String userId) {
    members.removeIf(m -> userId.equals(m.get("user_id")));
  }

  public void pageSize(int size) {
    pageSize = size;
  }

  /** The next {@code count} requests (token included) are answered {@code status} and body. */
  public void failNext(int count, int status, String body) {
    failureStatus = status;
    failureBody = body;
    failures.set(count);
  }

  /** Every token issued so far is refused from now on (401). */
  public void revokeTokens() {
    tokens.clear();
  }

  public List<Recorded> requests(String pathPrefix) {
    return requests.stream().filter(r -> r.pathAndQuery().startsWith(pathPrefix)).toList();
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
            exchange.getRequestHeaders().getFirst("Accept"),
            exchange.getRequestHeaders().getFirst("Authorization")));
    try {
      if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        answer(exchange, failureStatus, "text/plain", failureBody, null);
      } else if (path.equals("/token")) {
        token(exchange, body);
      } else if (!authorised(exchange)) {
        answer(exchange, 401, "application/json", "{\"error\":\"invalid_token\"}", null);
      } else if (path.equals("/memberships")) {
        memberships(exchange, query);
      } else {
        answer(exchange, 404, "text/plain", "no such service: " + path, null);
      }
    } catch (RuntimeException e) {
      answer(exchange, 500, "text/plain", String.valueOf(e), null);
    }
  }

  private boolean authorised(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    return header != null && header.startsWith("Bearer ") && tokens.contains(header.substring(7));
  }

  private void token(HttpExchange exchange, String body) throws IOException {
    Map<String, String> form = form(body);
    try {
      SignedJWT jwt = SignedJWT.parse(form.get("client_assertion"));
      RSAKey key = (RSAKey) JWKSet.parse(toolJwks.get()).getKeyByKeyId(jwt.getHeader().getKeyID());
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      if (!"client_credentials".equals(form.get("grant_type"))
          || key == null
          || !jwt.verify(new RSASSAVerifier(key))
          || !clientId.equals(claims.getIssuer())
          || !claims.getAudience().contains(tokenUrl().toString())) {
        answer(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}", null);
        return;
      }
    } catch (java.text.ParseException | com.nimbusds.jose.JOSEException | RuntimeException e) {
      answer(exchange, 400, "application/json", "{\"error\":\"invalid_request\"}", null);
      return;
    }
    String token = UUID.randomUUID().toString();
    tokens.add(token);
    answer(
        exchange,
        200,
        "application/json",
        "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}",
        null);
  }

  private void memberships(HttpExchange exchange, String query) throws IOException {
    Map<String, String> params = form(query == null ? "" : query);
    String role = params.get("role");
    int limit = Integer.parseInt(params.getOrDefault("limit", String.valueOf(pageSize)));
    int page = Integer.parseInt(params.getOrDefault("page", "1"));
    List<Map<String, Object>> all = new ArrayList<>();
    for (Map<String, Object> m : members) {
      if (role == null || ((List<?>) m.get("roles")).contains(role)) {
        all.add(m);
      }
    }
    int from = Math.min(all.size(), (page - 1) * limit);
    int to = Math.min(all.size(), from + limit);
    String next = null;
    if (to < all.size()) {
      StringBuilder q = new StringBuilder("/memberships?course=7&page=" + (page + 1));
      q.append("&limit=").append(limit);
      if (role != null) {
        q.append("&role=").append(java.net.URLEncoder.encode(role, StandardCharsets.UTF_8));
      }
      next = "<" + url(q.toString()) + ">; rel=\"next\"";
    }
    Map<String, Object> container = new LinkedHashMap<>();
    container.put("id", url("/memberships?course=7").toString());
    container.put("context", Map.of("id", "course-7", "label", "C7", "title", "Course 7"));
    container.put("members", all.subList(from, to));
    answer(exchange, 200, MEMBERSHIP_TYPE, JSONObjectUtils.toJSONString(container), next);
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

  private static void answer(
      HttpExchange exchange, int status, String type, String body, String link) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    if (link != null) {
      exchange.getResponseHeaders().add("Link", link);
    }
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
