package kz.kenes.program.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.errors.Problems;
import org.junit.jupiter.api.Test;

class FieldsTest {

  @Test
  void aRefusalInsideADocumentNamesTheFieldWithItsPath() {
    ModuleCommand module = new ModuleCommand("M", "T", 0, null, null, null, null);

    DomainException refusal =
        catchThrowableOfType(
            DomainException.class, () -> Fields.prefixed("modules[3].", module::validate));

    assertThat(Problems.status(refusal)).isEqualTo(400);
    assertThat(refusal.fieldErrors()).containsOnlyKeys("modules[3].credits");
  }

  @Test
  void listsOfTextsAreStrippedAndNullIsEmpty() {
    assertThat(Fields.texts("authors", List.of(" A ", "B"))).containsExactly("A", "B");
    assertThat(Fields.texts("authors", null)).isEmpty();
  }

  @Test
  void refusesATextWithANulCharacterNamingTheField() {
    DomainException refusal =
        catchThrowableOfType(
            DomainException.class, () -> Fields.texts("authors", List.of("A", "B\u0000")));

    assertThat(Problems.status(refusal)).isEqualTo(400);
    assertThat(refusal.fieldErrors()).containsOnlyKeys("authors[1]");
    assertThat(refusal).hasMessageContaining("NUL character");
  }
}
