package kz.kenes.survey.domain;

import jakarta.persistence.Converter;
import kz.kenes.platform.persistence.JsonColumnConverter;

/** Stores an {@link ItemContent} as JSON text in {@code instrument_item.content}. */
@Converter
public class ItemContentConverter extends JsonColumnConverter<ItemContent> {

  public ItemContentConverter() {
    super(ItemContent.class);
  }
}
