package kz.kenes.survey.library;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kz.kenes.survey.domain.LevelCutoffs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The starter instruments in {@code survey/library/}: well-formed, trilingual, and shaped as the
 * satisfaction surveys of the source paper (4-point scale items, two of them reversed, background
 * questions, open questions for ideas).
 */
class StarterLibraryFilesTest {

  private static final String DIR = "/survey/library/";
  private static final List<String> LANGUAGES = List.of("kk", "ru", "en");
  private static final Set<String> AUDIENCES = Set.of("applicant", "employer", "graduate");
  private static final List<String> KIND_ORDER = List.of("scale", "single", "multiple", "open");
  private static final Pattern OPTION_CODE = Pattern.compile("[a-z0-9-]+");
  private static final Pattern KAZAKH_LETTER = Pattern.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]");
  private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
  private static final int MAX_STATEMENT_LENGTH = 160;

  private static JsonObject load(String code) throws IOException {
    try (InputStream in = StarterLibraryFilesTest.class.getResourceAsStream(DIR + code + ".json")) {
      assertThat(in).as("resource %s%s.json", DIR, code).isNotNull();
      // a key written twice (a copy-paste slip) is refused rather than silently overwritten
      try (JsonReader reader =
          Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE))
              .createReader(in)) {
        return reader.readObject();
      }
    }
  }

  private static List<JsonObject> items(JsonObject instrument) {
    return instrument.getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static List<JsonObject> itemsOfKind(JsonObject instrument, String kind) {
    return items(instrument).stream().filter(i -> kind.equals(i.getString("kind"))).toList();
  }

  private static List<JsonObject> options(JsonObject item) {
    return item.getJsonArray("options").getValuesAs(JsonObject.class);
  }

  /** Every trilingual text in the file, with where it sits, e.g. "E03.options[1]". */
  private static Map<String, JsonObject> texts(JsonObject instrument) {
    Map<String, JsonObject> texts = new LinkedHashMap<>();
    texts.put("title", instrument.getJsonObject("title"));
    texts.put("description", instrument.getJsonObject("description"));
    for (JsonObject item : items(instrument)) {
      texts.put(item.getString("code"), item.getJsonObject("text"));
      if (item.containsKey("options")) {
        List<JsonObject> options = options(item);
        for (int i = 0; i < options.size(); i++) {
          texts.put(
              item.getString("code") + ".options[" + i + "]", options.get(i).getJsonObject("text"));
        }
      }
    }
    return texts;
  }

  /** The texts respondents read as a question, statement or option (not title or description). */
  private static Map<String, JsonObject> itemAndOptionTexts(JsonObject instrument) {
    Map<String, JsonObject> texts = texts(instrument);
    texts.remove("title");
    texts.remove("description");
    return texts;
  }

  @ParameterizedTest
  @CsvSource({
    "program-satisfaction-applicants, applicant",
    "program-satisfaction-employers, employer",
    "program-satisfaction-graduates, graduate"
  })
  void parsesAndNamesItsFileAndItsAudience(String file, String audience) throws IOException {
    JsonObject instrument = load(file);

    assertThat(instrument.getString("code")).isEqualTo(file);
    assertThat(instrument.getString("audience")).isIn(AUDIENCES).isEqualTo(audience);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "program-satisfaction-applicants",
        "program-satisfaction-employers",
        "program-satisfaction-graduates"
      })
  void everyTextIsGivenInKazakhRussianAndEnglish(String file) throws IOException {
    texts(load(file))
        .forEach(
            (where, text) -> {
              assertThat(text.keySet()).as(where).containsExactlyInAnyOrderElementsOf(LANGUAGES);
              for (String language : LANGUAGES) {
                assertThat(text.get(language).getValueType())
                    .as("%s.%s", where, language)
                    .isEqualTo(JsonValue.ValueType.STRING);
                assertThat(text.getString(language)).as("%s.%s", where, language).isNotBlank();
              }
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "program-satisfaction-applicants",
        "program-satisfaction-employers",
        "program-satisfaction-graduates"
      })
  void kazakhIsWrittenInKazakhCyrillicAndTheOtherLanguagesAreNotSwapped(String file)
      throws IOException {
    Map<String, JsonObject> texts = texts(load(file));

    assertThat(texts.values())
        .as("some kk text uses a letter only Kazakh has (ә ғ қ ң ө ұ ү һ і)")
        .anySatisfy(t -> assertThat(t.getString("kk")).containsPattern(KAZAKH_LETTER));
    texts.forEach(
        (where, text) -> {
          assertThat(text.getString("kk")).as("%s.kk", where).containsPattern(CYRILLIC);
          assertThat(text.getString("ru"))
              .as("%s.ru", where)
              .containsPattern(CYRILLIC)
              .doesNotContainPattern(KAZAKH_LETTER);
          assertThat(text.getString("en")).as("%s.en", where).doesNotContainPattern(CYRILLIC);
        });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "program-satisfaction-applicants",
        "program-satisfaction-employers",
        "program-satisfaction-graduates"
      })
  void statementsQuestionsAndOptionsStayShort(String file) throws IOException {
    itemAndOptionTexts(load(file))
        .forEach(
            (where, text) -> {
              for (String language : LANGUAGES) {
                assertThat(text.getString(language))
                    .as("%s.%s", where, language)
                    .hasSizeLessThan(MAX_STATEMENT_LENGTH);
              }
            });
  }

  @ParameterizedTest
  @CsvSource({
    "program-satisfaction-applicants, A",
    "program-satisfaction-employers, E",
    "program-satisfaction-graduates, G"
  })
  void itemCodesCarryTheAudiencePrefixAndCountUpFromOne(String file, String prefix)
      throws IOException {
    List<String> codes = items(load(file)).stream().map(i -> i.getString("code")).toList();

    List<String> expected = new ArrayList<>();
    for (int n = 1; n <= codes.size(); n++) {
      expected.add(String.format("%s%02d", prefix, n));
    }
    assertThat(codes).containsExactlyElementsOf(expected).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "program-satisfaction-applicants",
        "program-satisfaction-employers",
        "program-satisfaction-graduates"
      })
  void itemsComeAsScaleThenSingleThenMultipleThenOpen(String file) throws IOException {
    List<Integer> kindRanks =
        items(load(file)).stream().map(i -> KIND_ORDER.indexOf(i.getString("kind"))).toList();

    assertThat(kindRanks).doesNotContain(-1).isSorted();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "program-satisfaction-applicants",
        "program-satisfaction-employers",
        "program-satisfaction-graduates"
      })
  void hasTenToFourteenScaleItemsOfWhichExactlyTwoAreReversed(String file) throws IOException {
    JsonObject instrument = load(file);
    List<JsonObject> scale = itemsOfKind(instrument, "scale");

    assertThat(scale).hasSizeBetween(10, 14);
    for (JsonObject item : scale) {
      JsonValue reversed = item.get("reversed");
      assertThat(reversed)
          .as("%s.reversed", item.getString("code"))
          .isIn(JsonValue.TRUE, JsonValue.FALSE);
      assertThat(item.containsKey("options")).as(item.getString("code")).isFalse();
    }
    assertThat(scale).filteredOn(i -> i.getBoolean("reversed")).hasSize(2);
    assertThat(items(instrument))
        .filteredOn(i -> !"scale".equals(i.getString("kind")))
        .allSatisfy(i -> assertThat(i.containsKey("reversed")).as(i.getString("code")).isFalse());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "program-satisfaction-applicants",
        "program-satisfaction-employers",
        "program-satisfaction-graduates"
      })
  void asksOneOrTwoBackgroundQuestionsWithThreeToSixOptions(String file) throws IOException {
    List<JsonObject> single = itemsOfKind(load(file), "single");

    assertThat(single).hasSizeBetween(1, 2);
    single.forEach(
        item -> assertThat(options(item)).as(item.getString("code")).hasSizeBetween(3, 6));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "program-satisfaction-applicants",
        "program-satisfaction-employers",
        "program-satisfaction-graduates"
      })
  void hasAtMostOneMultipleChoiceItemWithFourToSevenOptions(String file) throws IOException {
    List<JsonObject> multiple = itemsOfKind(load(file), "multiple");

    assertThat(multiple).hasSizeLessThanOrEqualTo(1);
    multiple.forEach(
        item -> assertThat(options(item)).as(item.getString("code")).hasSizeBetween(4, 7));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "program-satisfaction-applicants",
        "program-satisfaction-employers",
        "program-satisfaction-graduates"
      })
  void optionCodesAreLowercaseAsciiAndUniqueWithinTheirItem(String file) throws IOException {
    for (JsonObject item : items(load(file))) {
      if (!item.containsKey("options")) {
        continue;
      }
      List<String> codes = options(item).stream().map(o -> o.getString("code")).toList();
      assertThat(codes)
          .as(item.getString("code"))
          .doesNotHaveDuplicates()
          .allMatch(c -> OPTION_CODE.matcher(c).matches());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "program-satisfaction-applicants",
        "program-satisfaction-employers",
        "program-satisfaction-graduates"
      })
  void endsWithTwoOpenQuestionsForIdeas(String file) throws IOException {
    List<JsonObject> open = itemsOfKind(load(file), "open");

    assertThat(open).hasSize(2);
    open.forEach(
        item -> assertThat(item.containsKey("options")).as(item.getString("code")).isFalse());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "program-satisfaction-applicants",
        "program-satisfaction-employers",
        "program-satisfaction-graduates"
      })
  void levelsAreTheDefaultCutoffsHighFromTwoAndAHalfDissatisfiedBelowOneAndAHalf(String file)
      throws IOException {
    JsonObject levels = load(file).getJsonObject("levels");

    assertThat(levels.keySet()).containsExactlyInAnyOrder("highFrom", "dissatisfiedBelow");
    // the analysis reads them as LevelCutoffs, which refuses cut-offs that leave a level empty
    LevelCutoffs cutoffs =
        new LevelCutoffs(
            levels.getJsonNumber("highFrom").doubleValue(),
            levels.getJsonNumber("dissatisfiedBelow").doubleValue());
    assertThat(cutoffs).isEqualTo(LevelCutoffs.DEFAULT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "program-satisfaction-applicants",
        "program-satisfaction-employers",
        "program-satisfaction-graduates"
      })
  void textsAreNotRepeatedWithinAnInstrument(String file) throws IOException {
    Set<String> seen = new HashSet<>();
    for (JsonObject item : items(load(file))) {
      JsonString english = item.getJsonObject("text").getJsonString("en");
      assertThat(seen.add(english.getString())).as(item.getString("code")).isTrue();
    }
  }
}
