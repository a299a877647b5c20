package kz.kenes.quiz.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import kz.kenes.platform.persistence.JsonColumnConverter;

/** One {@link Question} as JSON text (a bank question). */
@Converter
public class QuestionConverter extends JsonColumnConverter<Question>
    implements AttributeConverter<Question, String> {
  public QuestionConverter() {
    super(Question.class);
  }
}
