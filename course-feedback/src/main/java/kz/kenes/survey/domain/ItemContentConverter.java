package kz.kenes.survey.domain;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link ItemContent} as JSON text in {@code instrument_item.content}. */
@Converter
public class ItemContentConverter implements AttributeConverter<ItemContent, String> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public String convertToDatabaseColumn(ItemContent content) {
    return JSONB.toJson(content);
  }

  @Override
  public ItemContent convertToEntityAttribute(String column) {
    return JSONB.fromJson(column, ItemContent.class);
  }
}
