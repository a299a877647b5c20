package kz.kenes.quiz.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import kz.kenes.platform.persistence.JsonColumnConverter;

/** {@link TagList} as JSON text. */
@Converter
public class TagListConverter extends JsonColumnConverter<TagList>
    implements AttributeConverter<TagList, String> {
  public TagListConverter() {
    super(TagList.class);
  }
}
