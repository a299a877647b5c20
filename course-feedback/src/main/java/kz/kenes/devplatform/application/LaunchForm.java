package kz.kenes.devplatform.application;

import kz.kenes.platform.errors.ApiException;

/**
 * The course page's launch form as posted: field values still unchecked.
 *
 * @param target {@code iframe} (the default) or {@code window}
 */
public record LaunchForm(String role, String user, String course, String locale, String target) {

  /**
   * The checked choice.
   *
   * @throws ApiException 400 naming the first field that is missing or unknown
   */
  public LaunchChoice choice() {
    PlatformRole platformRole =
        PlatformRole.byKey(role)
            .orElseThrow(() -> ApiException.badRequest("role", "Unknown role '" + role + "'."));
    String subject = required("user", user);
    String contextId = required("course", course);
    if (locale == null || !DevPlatform.LOCALES.contains(locale)) {
      throw ApiException.badRequest(
          "locale", "'locale' must be one of " + DevPlatform.LOCALES + "; got '" + locale + "'.");
    }
    DocumentTarget documentTarget =
        target == null || target.isBlank()
            ? DocumentTarget.IFRAME
            : DocumentTarget.of(target)
                .orElseThrow(
                    () ->
                        ApiException.badRequest(
                            "target", "'target' must be 'iframe' or 'window'."));
    return new LaunchChoice(platformRole, subject, contextId, locale, documentTarget);
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw ApiException.badRequest(field, "Pick a " + field + ".");
    }
    return value;
  }
}
