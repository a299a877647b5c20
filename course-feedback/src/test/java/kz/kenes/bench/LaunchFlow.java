package kz.kenes.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.kenes.platform.web.QueryParameters;

/**
 * One complete launch as a browser and its platform perform it: {@code GET /lti/login} → read
 * {@code state} and {@code nonce} from the 302 to the platform → sign an id_token with that nonce →
 * {@code POST /lti/launch} → follow the 303 to the landing page ({@code /app?kt=…}), or call {@code
 * GET /api/me} with the session token where the build has no landing page. Any other status than
 * the expected one fails the flow. The login may go to another node than the launch and the landing
 * ({@link BenchOptions#loginBaseUrl()}): the state lives in the shared database, so any node must
 * be able to finish a launch another one started.
 */
final class LaunchFlow {

  /** The timed parts of a flow, in order. */
  enum Step {
    LOGIN,
    SIGN,
    LAUNCH,
    LANDING
  }

  /**
   * A browser: its own cookie jar, unless cookies are off. With returning visits it is one
   * learner's browser; with first visits, a browser that a new person launches from at every flow.
   */
  record VirtualUser(int index, BenchBrowser browser) implements AutoCloseable {

    static VirtualUser create(int index, BenchOptions options) {
      return new VirtualUser(index, new BenchBrowser(options.requestTimeout(), options.cookies()));
    }

    boolean holdsStateCookie(String state) {
      return browser.holdsCookie("__Host-kenes_st_" + state);
    }

    @Override
    public void close() {
      browser.close();
    }
  }

  private static final String PAGE = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";
  private static final String LTI_STEP =
      "application/problem+json, application/json;q=0.9, text/html;q=0.8, */*;q=0.5";

  private final BenchOptions options;
  private final BenchPlatform platform;
  private final BenchUsers people;
  private final BenchOptions.Landing landing;
  private final URI loginBase;
  private final URI launchBase;
  private final URI launchUrl;
  private final URI targetLinkUri;

  /** Flows as the options say: login on the login node, launch and landing on the base URL. */
  LaunchFlow(
      BenchOptions options,
      BenchPlatform platform,
      BenchUsers people,
      BenchOptions.Landing landing) {
    this(options, platform, people, landing, options.loginBaseUrl(), options.baseUrl());
  }

  /**
   * Flows whose login goes to {@code loginBase} and whose launch and landing go to {@code
   * launchBase}; the {@code target_link_uri} is always the login node's of the options (the tool's
   * public URL).
   */
  LaunchFlow(
      BenchOptions options,
      BenchPlatform platform,
      BenchUsers people,
      BenchOptions.Landing landing,
      URI loginBase,
      URI launchBase) {
    this.options = options;
    this.platform = platform;
    this.people = people;
    this.landing = landing;
    this.loginBase = loginBase;
    this.launchBase = launchBase;
    this.launchUrl = URI.create(launchBase + "/lti/launch");
    this.targetLinkUri = URI.create(options.loginBaseUrl() + "/lti/launch");
  }

  BenchOptions.Landing landing() {
    return landing;
  }

  /**
   * Runs one flow in the browser of {@code user}, launched by the person {@link BenchUsers} picks
   * for it (the user's returning learner, or someone new at each flow), writing the duration of
   * each {@link Step} into {@code stepNanos}. Returns whether the state cookie was in the user's
   * jar before the launch.
   */
  boolean run(VirtualUser user, long[] stepNanos) throws FlowFailure, InterruptedException {
    BenchUser person = people.forFlow(user.index());
    long t0 = System.nanoTime();
    Map<String, String> login = login(user, person);
    long t1 = System.nanoTime();
    String idToken = platform.idToken(person, login.get("nonce"), targetLinkUri);
    long t2 = System.nanoTime();
    boolean cookieHeld = user.holdsStateCookie(login.get("state"));
    String location = launch(user, idToken, login.get("state"));
    long t3 = System.nanoTime();
    land(user, location);
    long t4 = System.nanoTime();
    stepNanos[Step.LOGIN.ordinal()] = t1 - t0;
    stepNanos[Step.SIGN.ordinal()] = t2 - t1;
    stepNanos[Step.LAUNCH.ordinal()] = t3 - t2;
    stepNanos[Step.LANDING.ordinal()] = t4 - t3;
    return cookieHeld;
  }

  /**
   * Launches {@code person} in the browser of {@code user} (login, id_token, launch, without the
   * landing) and returns the session token the launch set in the session cookie ({@code
   * __Host-kenes_s<id>}), which the API takes as a bearer token: how the quiz generator gets its
   * learners' sessions.
   */
  String sessionToken(VirtualUser user, BenchUser person) throws FlowFailure, InterruptedException {
    Map<String, String> login = login(user, person);
    String idToken = platform.idToken(person, login.get("nonce"), targetLinkUri);
    String form = "id_token=" + encode(idToken) + "&state=" + encode(login.get("state"));
    List<String> headers = browser(user, LTI_STEP);
    headers.add("Content-Type");
    headers.add("application/x-www-form-urlencoded");
    BenchHttp.Response response = send(user, Step.LAUNCH, "POST", launchUrl, headers, form);
    expect(response, Step.LAUNCH, 303);
    for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
      if (header.getKey() != null && header.getKey().equalsIgnoreCase("set-cookie")) {
        for (String cookie : header.getValue()) {
          if (cookie.startsWith("__Host-kenes_s") && cookie.indexOf('=') > 0) {
            int end = cookie.indexOf(';');
            return cookie.substring(cookie.indexOf('=') + 1, end < 0 ? cookie.length() : end);
          }
        }
      }
    }
    throw new FlowFailure(Step.LAUNCH, 303, "no session cookie set by the launch");
  }

  private Map<String, String> login(VirtualUser user, BenchUser person)
      throws FlowFailure, InterruptedException {
    String query =
        "iss="
            + encode(platform.issuer())
            + "&login_hint="
            + encode(person.sub())
            + "&target_link_uri="
            + encode(targetLinkUri.toString())
            + "&lti_message_hint=bench&client_id="
            + encode(platform.clientId())
            + "&lti_deployment_id="
            + encode(BenchPlatform.DEPLOYMENT_ID);
    BenchHttp.Response response =
        send(
            user,
            Step.LOGIN,
            "GET",
            URI.create(loginBase + "/lti/login?" + query),
            browser(user, LTI_STEP),
            null);
    String location = expect(response, Step.LOGIN, 302);
    if (!location.startsWith(platform.authUrl().toString())) {
      throw new FlowFailure(Step.LOGIN, 302, "redirect is not to the platform: " + location);
    }
    Map<String, String> parameters = queryParameters(URI.create(location));
    if (parameters.get("state") == null || parameters.get("nonce") == null) {
      throw new FlowFailure(Step.LOGIN, 302, "no state or nonce in " + location);
    }
    return parameters;
  }

  private String launch(VirtualUser user, String idToken, String state)
      throws FlowFailure, InterruptedException {
    String form = "id_token=" + encode(idToken) + "&state=" + encode(state);
    List<String> headers = browser(user, LTI_STEP);
    headers.add("Content-Type");
    headers.add("application/x-www-form-urlencoded");
    BenchHttp.Response response = send(user, Step.LAUNCH, "POST", launchUrl, headers, form);
    return expect(response, Step.LAUNCH, 303);
  }

  private void land(VirtualUser user, String location) throws FlowFailure, InterruptedException {
    URI target = launchBase.resolve(location);
    String token = queryParameters(target).get("kt");
    if (token == null) {
      throw new FlowFailure(Step.LAUNCH, 303, "no session token (kt) in " + location);
    }
    BenchHttp.Response response;
    if (landing == BenchOptions.Landing.ME) {
      List<String> headers = browser(user, "application/json");
      headers.add("Authorization");
      headers.add("Bearer " + token);
      response = send(user, Step.LANDING, "GET", URI.create(launchBase + "/api/me"), headers, null);
    } else {
      response = send(user, Step.LANDING, "GET", target, browser(user, PAGE), null);
    }
    expect(response, Step.LANDING, 200);
  }

  /**
   * A request as the user's browser sends it. The LTI steps ask for problem+json first, so that a
   * refusal comes back as the precise problem detail rather than the HTML error page.
   */
  private static List<String> browser(VirtualUser user, String accept) {
    List<String> headers = new ArrayList<>(10);
    headers.add("User-Agent");
    headers.add("KenesLoadGenerator/1.0 (virtual user " + user.index() + ")");
    headers.add("Accept");
    headers.add(accept);
    headers.add("Accept-Language");
    headers.add("kk, ru;q=0.8, en;q=0.5");
    return headers;
  }

  private BenchHttp.Response send(
      VirtualUser user, Step step, String method, URI uri, List<String> headers, String body)
      throws FlowFailure {
    try {
      return user.browser().send(method, uri, headers, body);
    } catch (IOException e) {
      throw new FlowFailure(step, -1, e.getClass().getSimpleName() + " " + e.getMessage());
    }
  }

  /** The Location header (or "" for 200) when the status is the expected one. */
  private static String expect(BenchHttp.Response response, Step step, int status)
      throws FlowFailure {
    if (response.status() != status) {
      throw new FlowFailure(step, response.status(), excerpt(response.body()));
    }
    if (status == 200) {
      return "";
    }
    return response
        .header("Location")
        .orElseThrow(() -> new FlowFailure(step, status, "no Location header"));
  }

  static Map<String, String> queryParameters(URI uri) {
    return QueryParameters.of(uri);
  }

  static String excerpt(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
    return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
