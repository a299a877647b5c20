package kz.kenes.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.AttributeConverter;
import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import kz.kenes.program.domain.ModuleOutline;
import kz.kenes.program.domain.ModuleOutlineConverter;
import kz.kenes.program.domain.PlanOutlineConverter;
import kz.kenes.survey.domain.ItemContentConverter;
import kz.kenes.survey.domain.Translations;
import kz.kenes.survey.domain.TranslationsConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonColumnConverterTest {

  /** EclipseLink reads a converter's types from its own implements clause only. */
  @ParameterizedTest
  @ValueSource(
      classes = {
        ItemContentConverter.class,
        TranslationsConverter.class,
        PlanOutlineConverter.class,
        ModuleOutlineConverter.class
      })
  void everyConverterNamesItsTypesInItsOwnImplementsClause(Class<?> converter) {
    assertThat(Arrays.asList(converter.getGenericInterfaces()))
        .anySatisfy(
            type -> {
              assertThat(type).isInstanceOf(ParameterizedType.class);
              ParameterizedType parameterized = (ParameterizedType) type;
              assertThat(parameterized.getRawType()).isEqualTo(AttributeConverter.class);
              assertThat(parameterized.getActualTypeArguments()[1]).isEqualTo(String.class);
            });
  }

  @Test
  void writesAndReadsJson() {
    TranslationsConverter converter = new TranslationsConverter();
    Translations text =
        converter.convertToEntityAttribute("{\"kk\":\"Иә\",\"ru\":\"Да\",\"en\":\"Yes\"}");

    assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(text)))
        .isEqualTo(text);
  }

  @Test
  void anEmptyModuleOutlineColumnIsTheEmptyOutline() {
    ModuleOutlineConverter converter = new ModuleOutlineConverter();

    assertThat(converter.convertToEntityAttribute(" ")).isEqualTo(ModuleOutline.EMPTY);
    assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(null)))
        .isEqualTo(ModuleOutline.EMPTY);
  }
}
