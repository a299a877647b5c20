package kz.kenes.survey.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import kz.kenes.platform.i18n.Messages;

/** The respondent's language and the 4-point scale's labels in it ({@code survey.scale.0..3}). */
@ApplicationScoped
public class ScaleLabels {

  @Inject Messages messages;

  public String language(String explicit, String sessionLocale, HttpHeaders headers) {
    return messages
        .choose(
            explicit,
            sessionLocale,
            headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))
        .getLanguage();
  }

  public List<String> labels(String language) {
    Locale locale = Locale.forLanguageTag(language);
    return List.of(
        messages.text(locale, "survey.scale.0"),
        messages.text(locale, "survey.scale.1"),
        messages.text(locale, "survey.scale.2"),
        messages.text(locale, "survey.scale.3"));
  }
}
