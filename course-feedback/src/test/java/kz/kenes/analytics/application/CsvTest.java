package kz.kenes.analytics.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "plain|plain",
        "=cmd|'=cmd",
        "+1|'+1",
        "-2|'-2",
        "@SUM(A1)|'@SUM(A1)",
        "a,b|\"a,b\"",
        "say \"hi\"|\"say \"\"hi\"\"\"",
        "=1,2|\"'=1,2\"",
        "Қазақша|Қазақша",
      })
  void quotesAndDefusesFormulas(String value, String expected) {
    assertThat(Csv.cell(value)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void defusesTabAndCarriageReturnAndQuotesLineBreaks() {
    assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
    assertThat(Csv.cell("\rx")).isEqualTo("\"'\rx\"");
    assertThat(Csv.cell("a\nb")).isEqualTo("\"a\nb\"");
    assertThat(Csv.cell(null)).isEmpty();
    assertThat(Csv.line(Arrays.asList("1", null, "=x"))).isEqualTo("1,,'=x\r\n");
    assertThat(Csv.line(List.of())).isEqualTo("\r\n");
  }
}
