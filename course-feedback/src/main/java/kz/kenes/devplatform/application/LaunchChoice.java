package kz.kenes.devplatform.application;

import java.util.Objects;

/**
 * What the developer picked on the course page: who launches Kenes, with which roles, from which
 * course, in which language and into which kind of window. It travels through Kenes's login
 * initiation inside the signed {@code lti_message_hint} ({@link MessageHints}).
 *
 * @param userSubject the {@code sub} of the launching user
 * @param contextId the course's {@code context.id}
 * @param locale one of {@link DevPlatform#LOCALES}
 * @param deepLinking whether to send an {@code LtiDeepLinkingRequest} instead of a resource link
 *     launch
 * @param linkId the link placed by deep linking to launch ({@link PlacedLinks}); null for the
 *     course's own Kenes link
 */
public record LaunchChoice(
    PlatformRole role,
    String userSubject,
    String contextId,
    String locale,
    DocumentTarget target,
    boolean deepLinking,
    String linkId) {

  public LaunchChoice {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(userSubject, "userSubject");
    Objects.requireNonNull(contextId, "contextId");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(target, "target");
  }

  /** A resource link launch of the course's own Kenes link. */
  public LaunchChoice(
      PlatformRole role,
      String userSubject,
      String contextId,
      String locale,
      DocumentTarget target) {
    this(role, userSubject, contextId, locale, target, false, null);
  }
}
