package kz.kenes.survey.domain;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link Translations} as JSON text {@code {"kk","ru","en"}}. */
@Converter
public class TranslationsConverter implements AttributeConverter<Translations, String> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  /**
   * Parsed columns by their text: instrument texts are read on every respondent's request and
   * rarely change, and the values are immutable records. Bounded: cleared when full.
   */
  private static final java.util.Map<String, Translations> PARSED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int MAX_PARSED = 20_000;

  @Override
  public String convertToDatabaseColumn(Translations text) {
    return JSONB.toJson(text);
  }

  @Override
  public Translations convertToEntityAttribute(String column) {
    Translations parsed = PARSED.get(column);
    if (parsed == null) {
      if (PARSED.size() >= MAX_PARSED) {
        PARSED.clear();
      }
      parsed = JSONB.fromJson(column, Translations.class);
      PARSED.put(column, parsed);
    }
    return parsed;
  }
}
