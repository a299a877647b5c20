package kz.kenes.analytics.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpssNamesTest {

  @Test
  void namesAreValidAndUnique() {
    SpssNames names = new SpssNames();
    assertThat(names.name("q1")).isEqualTo("q1");
    assertThat(names.name("Q1")).isEqualTo("Q1_2");
    assertThat(names.name("1st item")).isEqualTo("v_1st_item");
    assertThat(names.name("E-12.b")).isEqualTo("E_12_b");
    assertThat(names.name("сұрақ")).isEqualTo("v______");
    assertThat(names.name("BY")).isEqualTo("v_BY");
    assertThat(names.name("x".repeat(80))).hasSize(64);
    assertThat(names.name("x".repeat(80))).hasSize(64).endsWith("_2");
    assertThat(names.name("")).isEqualTo("v_");
  }

  @Test
  void labelsDoubleApostrophesFlattenLinesAndFitSpss() {
    assertThat(SpssNames.quoted("Cohen's d")).isEqualTo("'Cohen''s d'");
    assertThat(SpssNames.quoted("line\r\nbreak")).isEqualTo("'line break'");
    assertThat(SpssNames.quoted(null)).isEqualTo("''");
    String kazakh = SpssNames.quoted("ә".repeat(300));
    assertThat(kazakh.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(257);
  }
}
