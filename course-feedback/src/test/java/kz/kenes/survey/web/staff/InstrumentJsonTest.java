package kz.kenes.survey.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import kz.kenes.survey.application.InstrumentLibrary;
import kz.kenes.survey.domain.InstrumentDefinition;
import org.junit.jupiter.api.Test;

class InstrumentJsonTest {

  @Test
  void aDefinitionWrittenForTheEditFormReadsBackTheSame() {
    InstrumentDefinition starter =
        new InstrumentLibrary().find("program-satisfaction-employers").orElseThrow();

    String text = InstrumentJson.write(starter);

    assertThat(text).startsWith("{").contains("\n").contains("\"code\"");
    assertThat(text.indexOf("\"code\"")).isLessThan(text.indexOf("\"items\""));
    assertThat(InstrumentJson.read(text)).contains(starter);
  }

  @Test
  void textThatIsNotADefinitionIsNone() {
    assertThat(InstrumentJson.read("{not json")).isEmpty();
    assertThat(InstrumentJson.read("[1, 2]")).isEmpty();
    assertThat(InstrumentJson.read("  ")).isEmpty();
  }
}
