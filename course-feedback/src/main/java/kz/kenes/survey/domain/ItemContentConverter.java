package kz.kenes.survey.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import kz.kenes.platform.persistence.JsonColumnConverter;

/** Stores an {@link ItemContent} as JSON text in {@code instrument_item.content}. */
@Converter
public class ItemContentConverter extends JsonColumnConverter<ItemContent>
    implements AttributeConverter<ItemContent, String> {

  public ItemContentConverter() {
    super(ItemContent.class, true);
  }
}
