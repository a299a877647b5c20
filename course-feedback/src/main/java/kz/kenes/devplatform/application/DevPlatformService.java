package kz.kenes.devplatform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.platform.domain.InvalidInput;

/**
 * What the development platform does, step by step as an LMS does it: show the course page, start a
 * launch with a third-party login initiation to Kenes, and answer Kenes's authentication request
 * with a signed id_token posted to Kenes's launch URL.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#openid_connect_launch_flow">Security
 *     Framework §5.1.1 OpenID Connect launch flow</a>
 */
@ApplicationScoped
public class DevPlatformService {

  @Inject DevPlatformRegistrar registrar;
  @Inject DevPlatformDirectory directory;
  @Inject DevPlatformCredentials credentials;
  @Inject PlacedLinks placedLinks;
  @Inject DevMemberships memberships;
  @Inject Clock clock;

  /** What the course page offers. */
  public record CoursePage(
      DevPlatform platform,
      List<PlatformRole> roles,
      List<PlatformUser> users,
      List<PlatformCourse> courses,
      List<String> locales,
      List<PlacedLink> placedLinks) {}

  public CoursePage coursePage() {
    long registrationId = registrar.ensureRegistered();
    return new CoursePage(
        registrar.platform(),
        List.of(PlatformRole.values()),
        directory.users(registrationId),
        directory.courses(registrationId),
        DevPlatform.LOCALES,
        placedLinks.all());
  }

  /**
   * Step 1: the third-party initiated login, posted to Kenes, carrying the choice in a signed
   * {@code lti_message_hint}.
   */
  public AutoPost startLaunch(LaunchForm form) {
    return startLaunch(form, false);
  }

  /**
   * Step 1, offering the platform's storage when {@code offerStorage} (LTI Client Side
   * postMessages): the login carries {@code lti_storage_target}, the name of the course page's
   * storage frame ({@link DevPlatform#STORAGE_FRAME}). Only for the iframe: a launch in a new
   * window is opened without an opener, so Kenes's page there could not reach the frame.
   */
  public AutoPost startLaunch(LaunchForm form, boolean offerStorage) {
    LaunchChoice choice = form.choice();
    long registrationId = registrar.ensureRegistered();
    PlatformUser user = user(registrationId, choice.userSubject(), "user");
    course(registrationId, choice.contextId(), "course");
    placed(choice);
    DevPlatform platform = registrar.platform();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("iss", platform.issuer());
    fields.put("login_hint", user.subject());
    fields.put("target_link_uri", platform.targetLinkUri());
    fields.put("lti_message_hint", credentials.hints().encode(choice));
    fields.put("client_id", DevPlatform.CLIENT_ID);
    fields.put("lti_deployment_id", DevPlatform.DEPLOYMENT_ID);
    if (offerStorage && choice.target() == DocumentTarget.IFRAME) {
      fields.put("lti_storage_target", DevPlatform.STORAGE_FRAME);
    }
    return new AutoPost(platform.toolLoginUrl(), fields, "Launching Kenes as " + user.name() + "…");
  }

  /** Steps 2 and 3: checks Kenes's authentication request and answers with the id_token. */
  public AutoPost authorize(AuthenticationRequest request) {
    DevPlatform platform = registrar.platform();
    request.check(platform);
    LaunchChoice choice = request.choice(credentials.hints());
    long registrationId = registrar.ensureRegistered();
    PlatformUser user = user(registrationId, choice.userSubject(), "login_hint");
    PlatformCourse course = course(registrationId, choice.contextId(), "lti_message_hint");
    memberships.launched(course.contextId(), user.subject(), choice.role().roles());
    Map<String, Object> claims =
        choice.deepLinking()
            ? DeepLinkingRequestMessage.claims(
                platform,
                choice,
                user,
                course,
                request.nonce(),
                clock.instant(),
                placedLinks.issueData(course.contextId(), clock))
            : ResourceLinkLaunchMessage.claims(
                platform, choice, user, course, request.nonce(), clock.instant(), placed(choice));
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("id_token", credentials.sign(claims));
    fields.put("state", request.state());
    return new AutoPost(request.redirectUri(), fields, "Signing in to Kenes…");
  }

  /** The placed link a launch asks for; null for the course's own link. */
  private PlacedLink placed(LaunchChoice choice) {
    if (choice.linkId() == null) {
      return null;
    }
    return placedLinks
        .find(choice.linkId())
        .filter(link -> link.contextId().equals(choice.contextId()))
        .orElseThrow(
            () ->
                new InvalidInput(
                    "link", "No link '" + choice.linkId() + "' in course " + choice.contextId()));
  }

  public String publicJwksJson() {
    return credentials.publicJwksJson();
  }

  private PlatformUser user(long registrationId, String subject, String field) {
    return directory
        .user(registrationId, subject)
        .orElseThrow(
            () ->
                new InvalidInput(field, "No user '" + subject + "' on the development platform."));
  }

  private PlatformCourse course(long registrationId, String contextId, String field) {
    return directory
        .course(registrationId, contextId)
        .orElseThrow(
            () ->
                new InvalidInput(
                    field, "No course '" + contextId + "' on the development platform."));
  }
}
