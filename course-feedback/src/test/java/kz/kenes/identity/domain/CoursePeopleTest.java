package kz.kenes.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoursePeopleTest {

  @ParameterizedTest
  @CsvSource({
    "'Ásel Ömirzaqova', 'asel omirzaqova'",
    "'ПЁТР Йылдыз', 'петр иылдыз'",
    "'  Nurlan   ABENOV ', 'nurlan abenov'",
    "'Әсем Құлжанова', 'әсем құлжанова'",
    "'Ça va', 'ca va'"
  })
  void foldsCaseAccentsAndSpaces(String name, String folded) {
    assertThat(CoursePeople.fold(name)).isEqualTo(folded);
  }

  @org.junit.jupiter.api.Test
  void foldsNothingToNothing() {
    assertThat(CoursePeople.fold(null)).isNull();
    assertThat(CoursePeople.fold("   ")).isEmpty();
  }
}
