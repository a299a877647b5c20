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
 */
public record LaunchChoice(
    PlatformRole role, String userSubject, String contextId, String locale, DocumentTarget target) {

  public LaunchChoice {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(userSubject, "userSubject");
    Objects.requireNonNull(contextId, "contextId");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(target, "target");
  }
}
