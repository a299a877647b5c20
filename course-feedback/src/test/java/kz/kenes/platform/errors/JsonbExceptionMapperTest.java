package kz.kenes.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

class JsonbExceptionMapperTest {

  @Test
  void reasonIsTheInnermostMessageWithoutPrefix() {
    JsonbException e =
        new JsonbException(
            "outer", new IllegalStateException("Internal error: Unexpected char 98 at column 2"));
    assertThat(JsonbExceptionMapper.reason(e)).isEqualTo("Unexpected char 98 at column 2");
  }

  @Test
  void longReasonsAreCut() {
    assertThat(JsonbExceptionMapper.reason(new JsonbException("x".repeat(1000)))).hasSize(301);
  }
}
