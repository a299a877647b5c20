package kz.kenes.survey.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import kz.kenes.platform.persistence.JsonColumnConverter;

/** Stores {@link Translations} as JSON text {@code {"kk","ru","en"}}. */
@Converter
public class TranslationsConverter extends JsonColumnConverter<Translations>
    implements AttributeConverter<Translations, String> {

  public TranslationsConverter() {
    super(Translations.class, true);
  }
}
