package kz.kenes.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The interface languages of Kenes — Kazakh, Russian and English — and the choice among them: an
 * explicit choice first, then the LMS launch's {@code launch_presentation.locale}, then the
 * browser's {@code Accept-Language}, then English. Texts live in the {@code i18n/messages} bundles.
 */
@ApplicationScoped
public class Messages {

  public static final String BUNDLE = "i18n.messages";
  public static final List<Locale> SUPPORTED =
      List.of(Locale.forLanguageTag("kk"), Locale.forLanguageTag("ru"), Locale.ENGLISH);

  /** Picks the interface language; each argument may be null or blank. */
  public Locale choose(String explicit, String launchLocale, String acceptLanguage) {
    return supported(explicit)
        .or(() -> supported(launchLocale))
        .or(() -> fromAcceptLanguage(acceptLanguage))
        .orElse(Locale.ENGLISH);
  }

  public String text(Locale locale, String key, Object... args) {
    try {
      String pattern = bundle(locale).getString(key);
      return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** The bundle of one language; never falls back to the JVM's default locale. */
  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        Messages.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The supported language for a tag such as {@code ru-RU}, {@code kk_KZ} or {@code en}. */
  public static Optional<Locale> supported(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
    return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
  }

  static Optional<Locale> fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    try {
      return Locale.LanguageRange.parse(header).stream()
          .map(range -> supported(range.getRange()))
          .flatMap(Optional::stream)
          .findFirst();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
