package kz.kenes.survey.domain;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link ItemContent} as JSON text in {@code instrument_item.content}. */
@Converter
public class ItemContentConverter implements AttributeConverter<ItemContent, String> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  /**
   * Parsed columns by their text: instrument texts are read on every respondent's request and
   * rarely change, and the values are immutable records. Bounded: cleared when full.
   */
  private static final java.util.Map<String, ItemContent> PARSED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int MAX_PARSED = 20_000;

  @Override
  public String convertToDatabaseColumn(ItemContent content) {
    return JSONB.toJson(content);
  }

  @Override
  public ItemContent convertToEntityAttribute(String column) {
    ItemContent parsed = PARSED.get(column);
    if (parsed == null) {
      if (PARSED.size() >= MAX_PARSED) {
        PARSED.clear();
      }
      parsed = JSONB.fromJson(column, ItemContent.class);
      PARSED.put(column, parsed);
    }
    return parsed;
  }
}
