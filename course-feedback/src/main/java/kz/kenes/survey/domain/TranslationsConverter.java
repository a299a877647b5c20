package kz.kenes.survey.domain;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link Translations} as JSON text {@code {"kk","ru","en"}}. */
@Converter
public class TranslationsConverter implements AttributeConverter<Translations, String> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public String convertToDatabaseColumn(Translations text) {
    return JSONB.toJson(text);
  }

  @Override
  public Translations convertToEntityAttribute(String column) {
    return JSONB.fromJson(column, Translations.class);
  }
}
