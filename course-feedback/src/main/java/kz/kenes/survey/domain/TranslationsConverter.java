package kz.kenes.survey.domain;

import jakarta.persistence.Converter;
import kz.kenes.platform.persistence.JsonColumnConverter;

/** Stores {@link Translations} as JSON text {@code {"kk","ru","en"}}. */
@Converter
public class TranslationsConverter extends JsonColumnConverter<Translations> {

  public TranslationsConverter() {
    super(Translations.class);
  }
}
