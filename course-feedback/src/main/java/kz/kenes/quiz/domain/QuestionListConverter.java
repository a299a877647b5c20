package kz.kenes.quiz.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import kz.kenes.platform.persistence.JsonColumnConverter;

/** {@link QuestionList} as JSON text. */
@Converter
public class QuestionListConverter extends JsonColumnConverter<QuestionList>
    implements AttributeConverter<QuestionList, String> {
  public QuestionListConverter() {
    super(QuestionList.class);
  }
}
