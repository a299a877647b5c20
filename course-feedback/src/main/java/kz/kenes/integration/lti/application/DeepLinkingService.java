package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.integration.lti.persistence.JdbcDeepLinkingRequests;
import kz.kenes.lti.ToolConfiguration;
import kz.kenes.lti.deeplinking.DeepLinkingRefusal;
import kz.kenes.lti.deeplinking.DeepLinkingResponse;
import kz.kenes.lti.deeplinking.DeepLinkingReturn;
import kz.kenes.lti.deeplinking.ResourceLinkItem;
import kz.kenes.lti.launch.LtiLaunch;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.lti.security.keys.ToolKeys;
import kz.kenes.platform.activity.Activity;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotAllowed;

/**
 * Deep linking from the tool's side (ADR 0013): a deep linking launch of staff leaves its request
 * (return URL, data, deployment, what the platform accepts) in the database, keyed by the session
 * it opened; the picker reads it back by the session, and the chosen activities become the signed
 * {@code LtiDeepLinkingResponse} posted to the stored return URL. Nothing of the request travels
 * through the browser, so a picker form cannot redirect the response or change its data.
 *
 * <p>Placed links carry the custom parameters {@value #ACTIVITY_PARAMETER} ({@code <type>:<id>})
 * and, when the instructor asked for it, {@value #GRADE_PARAMETER} = {@value #PARTICIPATION}, with
 * a line item of maximum 1 so the platform creates the grade column.
 */
@ApplicationScoped
public class DeepLinkingService {

  /** The custom parameter that names the placed activity. */
  public static final String ACTIVITY_PARAMETER = "kenes_activity";

  /** The custom parameter that says the link reports a grade, and which. */
  public static final String GRADE_PARAMETER = "kenes_grade";

  /** Completion reported as a score of 1 out of 1. */
  public static final String PARTICIPATION = "participation";

  /** The line item tag of a participation grade. */
  public static final String PARTICIPATION_TAG = "kenes-participation";

  /** The longest return URL Kenes keeps. */
  static final int MAX_RETURN_URL = 2048;

  /** What an accept list may hold: short tokens, as the specification's values are. */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.:/-]{1,64}");

  private static final int MAX_TOKENS = 16;

  @Inject JdbcDeepLinkingRequests requests;
  @Inject CachedRegistrationLookup registrations;
  @Inject ToolKeys keys;
  @Inject ToolConfiguration tool;
  @Inject DeepLinkingResponse responses;
  @Inject Clock clock;

  /** An activity chosen in the picker, and whether its link reports participation. */
  public record Choice(Activity activity, boolean graded) {}

  /** The signed response and where the browser posts it. */
  public record SignedResponse(String returnUrl, String jwt, int items) {}

  /** Whether the session may place activities: an instructor or administrator of a launch. */
  public static boolean places(KenesSession session) {
    return session.kind() == KenesSession.Kind.LTI && session.role().atLeast(KenesRole.INSTRUCTOR);
  }

  /**
   * Keeps a deep linking launch's request for its session. A learner's request is not kept: the
   * picker refuses learners anyway.
   */
  public void remember(LtiLaunch launch, KenesSession session) {
    if (!places(session)) {
      return;
    }
    DeepLinkingReturn request = DeepLinkingReturn.of(launch);
    if (request.returnUrl().length() > MAX_RETURN_URL) {
      throw new InvalidInput(
          "deep_link_return_url",
          "The deep_link_return_url is longer than " + MAX_RETURN_URL + " characters.");
    }
    requests.store(
        session.id(),
        new JdbcDeepLinkingRequests.Stored(
            launch.registration().id(),
            request.deploymentId(),
            request.returnUrl(),
            request.data(),
            tokens(request.acceptTypes()),
            tokens(request.acceptPresentationDocumentTargets()),
            request.acceptMultiple(),
            request.autoCreate()),
        clock.instant());
  }

  /** The deep linking request the session was opened for; empty for any other session. */
  public Optional<DeepLinkingReturn> pending(KenesSession session) {
    return requests
        .find(session.id())
        .flatMap(
            stored ->
                registrations
                    .findById(stored.registrationId())
                    .map(registration -> toReturn(registration, stored)));
  }

  /**
   * Signs the response placing the choices.
   *
   * @throws NotAllowed for a session that may not place activities
   * @throws Conflict when the session has no deep linking request, or the platform does not accept
   *     the choices
   */
  @Transactional
  public SignedResponse respond(KenesSession session, List<Choice> choices) {
    if (!places(session)) {
      throw new NotAllowed("Only instructors and administrators place Kenes activities.");
    }
    DeepLinkingReturn request =
        pending(session)
            .orElseThrow(
                () ->
                    new Conflict(
                        "no-deep-linking-request",
                        "This session was not opened by a deep linking request."));
    List<ResourceLinkItem> items = choices.stream().map(this::item).toList();
    try {
      String jwt = responses.sign(request, items, keys.activeSigner());
      return new SignedResponse(request.returnUrl(), jwt, items.size());
    } catch (DeepLinkingRefusal refusal) {
      throw new Conflict(
          "deep-linking-" + refusal.reason().name().toLowerCase(), refusal.getMessage());
    }
  }

  /** The resource link that launches {@code choice}'s activity. */
  ResourceLinkItem item(Choice choice) {
    Activity activity = choice.activity();
    Map<String, String> custom = new LinkedHashMap<>();
    custom.put(ACTIVITY_PARAMETER, activity.reference());
    Optional<ResourceLinkItem.LineItem> lineItem = Optional.empty();
    if (choice.graded() && activity.gradable()) {
      custom.put(GRADE_PARAMETER, PARTICIPATION);
      lineItem =
          Optional.of(
              new ResourceLinkItem.LineItem(
                  1, activity.title(), activity.reference(), PARTICIPATION_TAG));
    }
    return new ResourceLinkItem(
        activity.title(), null, tool.launchUrl().toString(), custom, lineItem);
  }

  private static DeepLinkingReturn toReturn(
      PlatformRegistration registration, JdbcDeepLinkingRequests.Stored stored) {
    return new DeepLinkingReturn(
        registration.issuer(),
        registration.clientId(),
        stored.deploymentId(),
        stored.returnUrl(),
        stored.data(),
        stored.acceptTypes(),
        stored.acceptTargets(),
        stored.acceptMultiple(),
        stored.autoCreate());
  }

  /** The well-formed values of an accept list, at most {@value #MAX_TOKENS}. */
  static List<String> tokens(List<String> values) {
    return values.stream().filter(v -> TOKEN.matcher(v).matches()).limit(MAX_TOKENS).toList();
  }
}
