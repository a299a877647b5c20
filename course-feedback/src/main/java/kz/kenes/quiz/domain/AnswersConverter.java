package kz.kenes.quiz.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import kz.kenes.platform.persistence.JsonColumnConverter;

/** {@link Answers} as JSON text. */
@Converter
public class AnswersConverter extends JsonColumnConverter<Answers>
    implements AttributeConverter<Answers, String> {
  public AnswersConverter() {
    super(Answers.class);
  }
}
