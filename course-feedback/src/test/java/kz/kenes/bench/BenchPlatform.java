package kz.kenes.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kenes.lti.security.jwt.JwtSigner;
import kz.kenes.lti.security.jwt.RsaJwk;

/**
 * The LTI platform side of the load test: its own RSA key, a JSON Web Key Set served on a local JDK
 * {@link HttpServer}, a registration in Kenes made through the admin API, and the signing of each
 * launch's id_token with the state's nonce. Its authorisation endpoint is never called: the
 * generator reads state and nonce from the login redirect and answers in place of the platform.
 */
final class BenchPlatform implements AutoCloseable {

  static final String DEPLOYMENT_ID = "bench-deployment";
  private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

  private final RsaJwk key = RsaJwk.generate();
  private final JwtSigner signer = new JwtSigner(key);
  private final AtomicLong jwksRequests = new AtomicLong();
  private final HttpServer server;
  private final URI base;
  private final String issuer;
  private final String clientId;

  private BenchPlatform(HttpServer server, String runId) {
    this.server = server;
    this.base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    this.issuer = base + "/bench/" + runId;
    this.clientId = "bench-" + runId;
  }

  /** Starts the key set server on a free port of 127.0.0.1. */
  static BenchPlatform start(String runId) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    BenchPlatform platform = new BenchPlatform(server, runId);
    server.createContext("/jwks", platform::serveJwks);
    server.createContext("/auth", exchange -> answer(exchange, 501, "text/plain", "not used"));
    server.createContext("/token", exchange -> answer(exchange, 501, "text/plain", "not used"));
    server.start();
    return platform;
  }

  String issuer() {
    return issuer;
  }

  String clientId() {
    return clientId;
  }

  /** The origin of the platform's issuer and endpoints, as Kenes's frame-ancestors lists it. */
  String origin() {
    return base.toString();
  }

  URI authUrl() {
    return URI.create(base + "/auth");
  }

  long jwksRequests() {
    return jwksRequests.get();
  }

  /** Registers this platform with Kenes; returns the registration id. */
  long register(HttpClient http, BenchOptions options) throws IOException, InterruptedException {
    String body =
        "{\"name\":\"Load generator "
            + clientId
            + "\",\"issuer\":\""
            + issuer
            + "\",\"clientId\":\""
            + clientId
            + "\",\"authLoginUrl\":\""
            + authUrl()
            + "\",\"accessTokenUrl\":\""
            + base
            + "/token\",\"jwksUrl\":\""
            + base
            + "/jwks\",\"deploymentIds\":[\""
            + DEPLOYMENT_ID
            + "\"]}";
    HttpResponse<String> response =
        http.send(
            admin(options, "/api/admin/platforms")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher id = ID.matcher(response.body());
    if (response.statusCode() != 201 || !id.find()) {
      throw new IllegalStateException(
          "registering the load generator's platform answered "
              + response.statusCode()
              + " (expected 201): "
              + LaunchFlow.excerpt(response.body()));
    }
    return Long.parseLong(id.group(1));
  }

  /** Deletes the registration (and, by cascade, the users, courses and sessions of the run). */
  int unregister(HttpClient http, BenchOptions options, long id)
      throws IOException, InterruptedException {
    return http.send(
            admin(options, "/api/admin/platforms/" + id).DELETE().build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /**
   * A resource link launch for {@code user} (role, course, link and locale are theirs, see {@link
   * BenchUser}), answering the login that issued {@code nonce}.
   */
  String idToken(BenchUser user, String nonce, URI targetLinkUri) {
    long now = Instant.now().getEpochSecond();
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", issuer);
    claims.put("aud", clientId);
    claims.put("sub", user.sub());
    claims.put("nonce", nonce);
    claims.put("iat", now);
    claims.put("exp", now + 300);
    claims.put("name", user.name());
    claims.put("email", user.email());
    claims.put(LTI + "message_type", "LtiResourceLinkRequest");
    claims.put(LTI + "version", "1.3.0");
    claims.put(LTI + "deployment_id", DEPLOYMENT_ID);
    claims.put(LTI + "target_link_uri", targetLinkUri.toString());
    claims.put(LTI + "roles", user.roles());
    String course = user.course();
    String label =
        (course.startsWith("bench-new-") ? "NB" : "B")
            + course.substring(course.lastIndexOf('-') + 1);
    claims.put(LTI + "context", Map.of("id", course, "label", label, "title", "Bench course"));
    claims.put(LTI + "resource_link", Map.of("id", user.link(), "title", "Bench link"));
    claims.put(LTI + "launch_presentation", Map.of("locale", user.locale()));
    return signer.sign(claims);
  }

  private HttpRequest.Builder admin(BenchOptions options, String path) {
    return HttpRequest.newBuilder(URI.create(options.baseUrl() + path))
        .timeout(options.requestTimeout())
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + options.adminToken());
  }

  private void serveJwks(HttpExchange exchange) throws IOException {
    jwksRequests.incrementAndGet();
    answer(exchange, 200, "application/json", RsaJwk.publicJwkSetJson(List.of(key)));
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

  @Override
  public void close() {
    server.stop(0);
  }
}
