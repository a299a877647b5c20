package kz.kenes.quiz.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import kz.kenes.platform.persistence.JsonColumnConverter;

/** {@link QuizSettings} as JSON text. */
@Converter
public class QuizSettingsConverter extends JsonColumnConverter<QuizSettings>
    implements AttributeConverter<QuizSettings, String> {
  public QuizSettingsConverter() {
    super(QuizSettings.class);
  }
}
