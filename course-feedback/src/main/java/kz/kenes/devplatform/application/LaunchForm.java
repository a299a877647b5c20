package kz.kenes.devplatform.application;

import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.InvalidInput;

/**
 * The course page's launch form as posted: field values still unchecked.
 *
 * @param target {@code iframe} (the default) or {@code window}
 * @param message {@code deep-linking} for a deep linking request; else a resource link launch
 * @param link the id of a link placed by deep linking to launch; null for the course's own link
 */
public record LaunchForm(
    String role,
    String user,
    String course,
    String locale,
    String target,
    String message,
    String link) {

  /** The value of {@code message} that asks for a deep linking request. */
  public static final String DEEP_LINKING = "deep-linking";

  public LaunchForm(String role, String user, String course, String locale, String target) {
    this(role, user, course, locale, target, null, null);
  }

  /**
   * The checked choice.
   *
   * @throws DomainException 400 naming the first field that is missing or unknown
   */
  public LaunchChoice choice() {
    PlatformRole platformRole =
        PlatformRole.byKey(role)
            .orElseThrow(() -> new InvalidInput("role", "Unknown role '" + role + "'."));
    String subject = required("user", user);
    String contextId = required("course", course);
    if (locale == null || !DevPlatform.LOCALES.contains(locale)) {
      throw new InvalidInput(
          "locale", "'locale' must be one of " + DevPlatform.LOCALES + "; got '" + locale + "'.");
    }
    DocumentTarget documentTarget =
        target == null || target.isBlank()
            ? DocumentTarget.IFRAME
            : DocumentTarget.of(target)
                .orElseThrow(
                    () -> new InvalidInput("target", "'target' must be 'iframe' or 'window'."));
    String linkId = link == null || link.isBlank() ? null : link;
    return new LaunchChoice(
        platformRole,
        subject,
        contextId,
        locale,
        documentTarget,
        DEEP_LINKING.equals(message),
        linkId);
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, "Pick a " + field + ".");
    }
    return value;
  }
}
