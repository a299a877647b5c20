package kz.kenes.integration.lti.application;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import kz.kenes.integration.lti.application.LaunchWarmUp.WarmUpPlatform;
import kz.kenes.lti.security.jwt.JwtSigner;
import kz.kenes.platform.web.QueryParameters;

/**
 * The launches of the {@link LaunchWarmUp}: what a browser and its platform do, over HTTP against
 * this server. Per virtual user one HTTP/1.1 client (kept-alive connection); per flow a login (the
 * state cookie and the redirect's state and nonce read back), an id_token signed with the warm-up
 * platform's key, the launch, and the landing page it redirects to. Seven flows in ten are a
 * learner Kenes has never seen, two a returning learner, one an instructor; four courses, the three
 * languages in turn.
 */
final class WarmUpFlows {

  private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
  private static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
  private static final String INSTRUCTOR =
      "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
  private static final List<String> LOCALES = List.of("kk", "ru", "en");
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  static final int COURSES = 4;

  private final WarmUpPlatform platform;
  private final URI base;
  private final String targetLinkUri;
  private final String secret;
  private final JwtSigner signer;
  private final Map<Integer, HttpClient> clients = new ConcurrentHashMap<>();
  private final AtomicLong newcomers = new AtomicLong();

  WarmUpFlows(WarmUpPlatform platform, URI base, URI publicUrl, String secret) {
    this.platform = platform;
    this.base = base;
    this.targetLinkUri = publicUrl + "/lti/launch";
    this.secret = secret;
    this.signer = new JwtSigner(platform.key());
  }

  /** Who launches in flow {@code n} of virtual user {@code user}. */
  record Person(String sub, String role, String course, String locale) {}

  Person person(int user, long n) {
    String course = "course-" + ((user + n) % COURSES);
    String locale = LOCALES.get((int) (n % LOCALES.size()));
    long kind = n % 10;
    if (kind == 0) {
      return new Person("instructor-" + (user % 3), INSTRUCTOR, course, locale);
    }
    if (kind <= 2) {
      return new Person("learner-" + user, LEARNER, course, locale);
    }
    return new Person("new-" + newcomers.incrementAndGet(), LEARNER, course, locale);
  }

  /**
   * Tries a login until the application answers it (302), at most {@code wait}; false when it never
   * did or {@code stop} said so.
   */
  boolean awaitApplication(Duration wait, BooleanSupplier stop) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (!stop.getAsBoolean() && System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response = login(client(-1), person(-1, 1));
        if (response.statusCode() == 302) {
          return true;
        }
      } catch (IOException e) {
        // the listener is not up yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  /** One whole launch; null when it worked, else what went wrong. */
  String flow(int user, long n) {
    HttpClient client = client(user);
    Person person = person(user, n);
    try {
      HttpResponse<String> login = login(client, person);
      Optional<String> redirect = login.headers().firstValue("Location");
      if (login.statusCode() != 302 || redirect.isEmpty()) {
        return "login answered " + login.statusCode();
      }
      Map<String, String> query = QueryParameters.of(URI.create(redirect.get()));
      String state = query.get("state");
      String nonce = query.get("nonce");
      if (state == null || nonce == null) {
        return "the login's redirect has no state or nonce";
      }
      String form = "id_token=" + encode(idToken(person, nonce)) + "&state=" + encode(state);
      HttpResponse<String> launch =
          client.send(
              request("/lti/launch", login)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Optional<String> landing = launch.headers().firstValue("Location");
      if (launch.statusCode() != 303 || landing.isEmpty()) {
        return "launch answered " + launch.statusCode();
      }
      URI page = base.resolve(landing.get());
      HttpResponse<Void> shown =
          client.send(
              HttpRequest.newBuilder(URI.create(base + page.getRawPath() + query(page)))
                  .timeout(REQUEST_TIMEOUT)
                  .header("Accept", "text/html")
                  .header("Accept-Language", person.locale())
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return shown.statusCode() == 200 ? null : "landing page answered " + shown.statusCode();
    } catch (IOException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  private HttpResponse<String> login(HttpClient client, Person person)
      throws IOException, InterruptedException {
    String query =
        "iss="
            + encode(platform.issuer())
            + "&login_hint="
            + encode(person.sub())
            + "&target_link_uri="
            + encode(targetLinkUri)
            + "&client_id="
            + encode(platform.clientId())
            + "&lti_deployment_id="
            + encode(LaunchWarmUp.DEPLOYMENT_ID);
    return client.send(
        HttpRequest.newBuilder(URI.create(base + "/lti/login?" + query))
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", "text/html")
            .header(LaunchWarmUp.HEADER, secret)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A request to {@code path} carrying back the cookies {@code after} set. */
  private HttpRequest.Builder request(String path, HttpResponse<?> after) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", "text/html");
    String cookies = cookies(after.headers().allValues("Set-Cookie"));
    if (!cookies.isEmpty()) {
      builder.header("Cookie", cookies);
    }
    return builder;
  }

  /** The {@code name=value} pairs of {@code Set-Cookie} headers, as a {@code Cookie} header. */
  static String cookies(List<String> setCookies) {
    StringBuilder header = new StringBuilder();
    for (String setCookie : setCookies) {
      int end = setCookie.indexOf(';');
      String pair = (end < 0 ? setCookie : setCookie.substring(0, end)).strip();
      if (pair.indexOf('=') > 0) {
        header.append(header.length() == 0 ? "" : "; ").append(pair);
      }
    }
    return header.toString();
  }

  String idToken(Person person, String nonce) {
    long now = Instant.now().getEpochSecond();
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", platform.issuer());
    claims.put("aud", platform.clientId());
    claims.put("sub", person.sub());
    claims.put("nonce", nonce);
    claims.put("iat", now);
    claims.put("exp", now + 300);
    claims.put("name", "Warm-up " + person.sub());
    claims.put(LTI + "message_type", "LtiResourceLinkRequest");
    claims.put(LTI + "version", "1.3.0");
    claims.put(LTI + "deployment_id", LaunchWarmUp.DEPLOYMENT_ID);
    claims.put(LTI + "target_link_uri", targetLinkUri);
    claims.put(LTI + "roles", List.of(person.role()));
    claims.put(
        LTI + "context",
        Map.of("id", person.course(), "label", person.course(), "title", "Warm-up course"));
    claims.put(
        LTI + "resource_link", Map.of("id", "link-" + person.course(), "title", "Warm-up link"));
    claims.put(LTI + "launch_presentation", Map.of("locale", person.locale()));
    return signer.sign(claims);
  }

  private HttpClient client(int user) {
    return clients.computeIfAbsent(
        user,
        u ->
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build());
  }

  private static String query(URI uri) {
    return uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
