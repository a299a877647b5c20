package it.kenes.support;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.security.jwt.RsaJwk;
import kz.kenes.lti.testing.LaunchTokenBuilder;

/**
 * An independent LTI 1.3 platform living inside the test: its own RSA key, its key set served over
 * HTTP from 127.0.0.1 (swap it to simulate a key rotation), a registration in Kenes made through
 * the admin API under a unique issuer, and the platform's half of the launch flow: third-party
 * initiated login, the authentication response (an id_token signed with the state's nonce) and its
 * form post to Kenes. Each step returns what Kenes answered, so that tests, and a load generator,
 * can drive and observe the flow one step at a time or all at once ({@link #completeFlow}).
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#openid_connect_launch_flow">Security
 *     Framework §5.1.1 OpenID Connect launch flow</a>
 */
public final class TestPlatform implements AutoCloseable {

  private final JwksServer server;
  private final String jwksPath;
  private final RegistrationBuilder registration;
  private final long registrationId;
  private final List<Long> otherClients = new java.util.concurrent.CopyOnWriteArrayList<>();
  private volatile RsaJwk signingKey;

  private TestPlatform(
      JwksServer server,
      String jwksPath,
      RegistrationBuilder registration,
      long registrationId,
      RsaJwk key) {
    this.server = server;
    this.jwksPath = jwksPath;
    this.registration = registration;
    this.registrationId = registrationId;
    this.signingKey = key;
  }

  /** Starts a platform with one deployment and registers it in Kenes. */
  public static TestPlatform register() {
    return register(UnaryOperator.identity());
  }

  /**
   * Starts a platform with one deployment and registers it in Kenes as serving the university
   * {@code universityId}: its courses deliver that university's modules, its administrators
   * administer it.
   */
  public static TestPlatform registerFor(long universityId) {
    return register(r -> r.with("universityId", universityId));
  }

  /**
   * Starts a platform and registers it in Kenes with the default registration (unique issuer and
   * client_id, auth and JWKS URLs on this platform, deployment {@code deployment-1}) as changed by
   * {@code customise}.
   */
  public static TestPlatform register(UnaryOperator<RegistrationBuilder> customise) {
    Kenes.awaitReady();
    RsaJwk key = RsaJwk.generate();
    JwksServer server = JwksServer.start();
    // a path of its own: Kenes caches key sets per URL, and a later platform may get this port
    String jwksPath = "/" + Unique.suffix() + "/jwks";
    try {
      server.serve(jwksPath, RsaJwk.publicJwkSetJson(List.of(key)));
      RegistrationBuilder registration =
          customise.apply(
              RegistrationBuilder.aRegistration()
                  .with("authLoginUrl", server.url("/auth").toString())
                  .with("accessTokenUrl", server.url("/token").toString())
                  .with("jwksUrl", server.url(jwksPath).toString()));
      long id = AdminApi.asAdmin().registerOrFail(registration);
      return new TestPlatform(server, jwksPath, registration, id, key);
    } catch (RuntimeException | Error e) {
      server.close();
      throw e;
    }
  }

  /** Where platforms point the resource links to Kenes: its launch URL. */
  public static String targetLinkUri() {
    return Kenes.url("/lti/launch").toString();
  }

  public String issuer() {
    return registration.issuer();
  }

  public String clientId() {
    return registration.clientId();
  }

  /** The first deployment id the platform was registered with. */
  public String deploymentId() {
    return ((List<?>) registration.field("deploymentIds")).get(0).toString();
  }

  public long registrationId() {
    return registrationId;
  }

  /** A copy of the registration this platform was registered with, to send variants of it. */
  public RegistrationBuilder registration() {
    return registration.copy();
  }

  public URI jwksUrl() {
    return server.url(jwksPath);
  }

  public RsaJwk signingKey() {
    return signingKey;
  }

  /** How often Kenes fetched this platform's key set. */
  public int jwksFetches() {
    return server.fetches(jwksPath);
  }

  /** The local HTTP server, to serve more documents (an attacker's key set, …). */
  public JwksServer server() {
    return server;
  }

  /**
   * Registers a second client_id for this platform's issuer (as a platform that hosts two tools
   * does); removed again by {@link #close()}.
   */
  public String registerAnotherClient() {
    RegistrationBuilder another =
        RegistrationBuilder.aRegistration()
            .with("issuer", issuer())
            .with("authLoginUrl", registration.field("authLoginUrl"))
            .with("accessTokenUrl", registration.field("accessTokenUrl"))
            .with("jwksUrl", jwksUrl().toString());
    otherClients.add(AdminApi.asAdmin().registerOrFail(another));
    return another.clientId();
  }

  /** Signs with a new key from now on and publishes only that key (the old kid disappears). */
  public RsaJwk rotateKey() {
    RsaJwk next = RsaJwk.generate();
    publishKeys(next);
    signingKey = next;
    return next;
  }

  /** Replaces the served key set with exactly these keys. */
  public void publishKeys(RsaJwk... keys) {
    server.serve(jwksPath, RsaJwk.publicJwkSetJson(List.of(keys)));
  }

  /** The login parameters this platform sends by default. */
  public LoginParameters loginParameters() {
    return new LoginParameters()
        .with("iss", issuer())
        .with("login_hint", "hint-" + Unique.suffix())
        .with("target_link_uri", targetLinkUri())
        .with("lti_message_hint", "message-hint-" + Unique.suffix())
        .with("client_id", clientId())
        .with("lti_deployment_id", deploymentId());
  }

  /** Step 1, GET: the browser is sent to Kenes's login initiation URL. */
  public LoginResult login(VirtualBrowser browser) {
    return login(browser, loginParameters());
  }

  public LoginResult login(VirtualBrowser browser, LoginParameters parameters) {
    String query = parameters.toQuery();
    URI url = Kenes.url("/lti/login" + (query.isEmpty() ? "" : "?" + query));
    return new LoginResult(browser.get(url, "Accept", "application/json"));
  }

  /** Step 1, POST: the same login initiation as a form post. */
  public LoginResult loginByPost(VirtualBrowser browser, LoginParameters parameters) {
    return new LoginResult(
        browser.postForm(
            Kenes.url("/lti/login"), parameters.asMap(), "Accept", "application/json"));
  }

  /** Step 2: the id_token this platform would answer the login's authentication request with. */
  public LaunchTokenBuilder idToken(LoginResult login) {
    return IdTokens.resourceLinkLaunch(this, login.nonce());
  }

  /** Step 3: the browser posts id_token and the login's state to Kenes's launch URL. */
  public LaunchResult launch(VirtualBrowser browser, LoginResult login, String idToken) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("id_token", idToken);
    form.put("state", login.state());
    return postLaunch(browser, form);
  }

  /** Step 3 with any form (parameters missing, made up, …). */
  public LaunchResult postLaunch(
      VirtualBrowser browser, Map<String, String> form, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Accept";
    all[1] = "application/json";
    System.arraycopy(headers, 0, all, 2, headers.length);
    return new LaunchResult(browser.postForm(Kenes.url("/lti/launch"), form, all));
  }

  /** A whole launch in a new browser with the default (valid) id_token. */
  public Flow completeFlow() {
    return completeFlow(VirtualBrowser.open(), UnaryOperator.identity());
  }

  /** A whole launch in a new browser with the id_token as changed by {@code token}. */
  public Flow completeFlow(UnaryOperator<LaunchTokenBuilder> token) {
    return completeFlow(VirtualBrowser.open(), token);
  }

  /** A whole launch as {@code role} from the course {@code courseId} ("Crop Production"). */
  public Flow launchIntoCourse(String role, String courseId) {
    return launchIntoCourse(role, courseId, UnaryOperator.identity());
  }

  /**
   * A whole launch as {@code role} from the course {@code courseId} ("Crop Production"), the
   * id_token further changed by {@code token}.
   */
  public Flow launchIntoCourse(
      String role, String courseId, UnaryOperator<LaunchTokenBuilder> token) {
    return completeFlow(
        t ->
            token.apply(
                t.roles(role)
                    .with(LtiClaims.CONTEXT, Map.of("id", courseId, "title", "Crop Production"))));
  }

  /**
   * Login, authentication and launch in {@code browser}. When Kenes refuses the login the flow
   * stops there and the launch result is that refusal.
   */
  public Flow completeFlow(VirtualBrowser browser, UnaryOperator<LaunchTokenBuilder> token) {
    LoginResult login = login(browser);
    if (!login.redirected()) {
      return new Flow(browser, login, null, new LaunchResult(login.answer()));
    }
    String idToken = token.apply(idToken(login)).build();
    return new Flow(browser, login, idToken, launch(browser, login, idToken));
  }

  /** Stops the key set server and removes the registration from Kenes (best effort). */
  @Override
  public void close() {
    try {
      AdminApi admin = AdminApi.asAdmin();
      otherClients.forEach(admin::delete);
      admin.delete(registrationId);
    } catch (AssertionError | RuntimeException ignored) {
      // the server may already be gone; the unique issuer keeps later runs apart anyway
    } finally {
      server.close();
    }
  }
}
