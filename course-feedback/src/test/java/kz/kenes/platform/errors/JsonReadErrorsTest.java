package kz.kenes.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.json.Json;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser's refusals, from the real parser and binder, said in the request's terms. */
class JsonReadErrorsTest {

  /** What a request body names: Java classes and parser internals never appear. */
  private static final String JAVA_NAMES = "(?s).*(java\\.|jakarta\\.|org\\.|Exception|Parser).*";

  public record Item(String code, List<String> options) {}

  @Test
  void saysWhereTheTextStopsBeingJson() {
    String detail = JsonReadErrors.describe(parse("{\n  \"answers\": {\n    \"E01\": 3,,\n  }\n}"));

    assertThat(detail)
        .isEqualTo("The body is not valid JSON: unexpected ',' at line 3, column 14.")
        .doesNotMatch(JAVA_NAMES);
  }

  @Test
  void namesAnUnexpectedCharacter() {
    assertThat(JsonReadErrors.describe(parse("{'answers': 1}")))
        .startsWith("The body is not valid JSON: unexpected character ''' at line 1, column ");
  }

  @Test
  void saysWhenTheBodyEndsTooEarly() {
    assertThat(JsonReadErrors.describe(parse("{\"answers\": {")))
        .startsWith("The body is not valid JSON: ");
    assertThat(JsonReadErrors.describe(parse("{\"answers\": \"abc")))
        .startsWith("The body is not valid JSON: the body ends too early at line 1");
  }

  @Test
  void refusesANumberLongerThanTheParserConverts() {
    Throwable refused = parse("{\"answers\": {\"E01\": 3." + "0".repeat(100_000) + "}}");

    assertThat(JsonReadErrors.isBodyRefusal(refused)).as(String.valueOf(refused)).isTrue();
    assertThat(JsonReadErrors.isBodyRefusal(new RuntimeException("wrapped", refused))).isTrue();
    assertThat(JsonReadErrors.describe(refused))
        .isEqualTo(
            "The body holds a number too long to read: a number may have at most 1,100"
                + " characters.");
  }

  @Test
  void namesThePropertyOfTheWrongTypeNotTheJavaType() {
    Throwable refused =
        catchThrowable(
            () ->
                JsonbBuilder.create()
                    .fromJson("{\"code\": \"E01\", \"options\": \"abc\"}", Item.class));

    assertThat(refused).isInstanceOf(JsonbException.class);
    assertThat(JsonReadErrors.describe(refused)).doesNotMatch(JAVA_NAMES);
  }

  @Test
  void recognisesOnlyTheParsersOwnRefusals() {
    assertThat(JsonReadErrors.isAbout(new IllegalStateException("x"))).isFalse();
    assertThat(JsonReadErrors.isAbout(new UnsupportedOperationException("x"))).isFalse();
    assertThat(JsonReadErrors.isAbout(new RuntimeException(new JsonbException("x")))).isTrue();
    assertThat(JsonReadErrors.isBodyRefusal(new RuntimeException(new JsonbException("x"))))
        .as("a binder's refusal may come from writing an answer")
        .isFalse();
    assertThat(JsonReadErrors.isBodyRefusal(parse("{,}"))).isTrue();
  }

  @Test
  void neverRepeatsTheParsersMessage() {
    JsonbException e =
        new JsonbException(
            "Internal error: Cannot deserialize java.lang.String into kz.kenes.survey.Item");

    assertThat(JsonReadErrors.describe(e))
        .isEqualTo(
            "The body is not JSON of the shape this endpoint expects: check it against the API"
                + " description at /openapi.");
  }

  private static Throwable parse(String body) {
    return catchThrowable(() -> Json.createReader(new StringReader(body)).readObject());
  }
}
