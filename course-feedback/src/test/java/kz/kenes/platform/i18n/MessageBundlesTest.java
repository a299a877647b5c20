package kz.kenes.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kazakh, Russian and English bundles hold the same keys, with the same arguments, and the
 * translations are translations. Files are read directly: through ResourceBundle a missing Kazakh
 * key would silently fall back to the English base bundle.
 */
class MessageBundlesTest {

  /** Values that are the same in every language (product names). */
  private static final Set<String> SAME_IN_EVERY_LANGUAGE =
      Set.of("tool.openedx", "tool.moodle", "home.title", "home.api");

  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru"})
  void translationHasEveryEnglishKeyAndNoOther(String language) {
    Properties english = bundle("messages");
    Properties translation = bundle("messages_" + language);
    assertThat(new TreeSet<>(translation.stringPropertyNames()))
        .as("keys of messages_%s.properties", language)
        .containsExactlyElementsOf(new TreeSet<>(english.stringPropertyNames()));
  }

  /**
   * Each key once per file: a second definition silently replaces the first, and the bundles are
   * merged line by line (.gitattributes: merge=union), so two branches that both changed one key
   * would otherwise leave both lines.
   */
  @ParameterizedTest
  @ValueSource(strings = {"messages", "messages_en", "messages_kk", "messages_ru"})
  void noKeyIsDefinedTwice(String name) {
    Set<String> seen = new TreeSet<>();
    Set<String> twice = new TreeSet<>();
    Properties counting =
        new Properties() {
          @Override
          public synchronized Object put(Object key, Object value) {
            if (!seen.add((String) key)) {
              twice.add((String) key);
            }
            return super.put(key, value);
          }
        };
    String path = "i18n/" + name + ".properties";
    try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      counting.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError("cannot read " + path, e);
    }
    assertThat(twice).as("keys defined twice in %s.properties", name).isEmpty();
  }

  @Test
  void englishBundleOnlyOverridesKeysOfTheBase() {
    assertThat(bundle("messages").stringPropertyNames())
        .containsAll(bundle("messages_en").stringPropertyNames());
  }

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru"})
  void translationIsNotAnEnglishCopy(String language) {
    Properties english = bundle("messages");
    Properties translation = bundle("messages_" + language);
    Set<String> copied = new TreeSet<>();
    for (String key : english.stringPropertyNames()) {
      if (!SAME_IN_EVERY_LANGUAGE.contains(key)
          && english.getProperty(key).equals(translation.getProperty(key))) {
        copied.add(key);
      }
    }
    assertThat(copied).as("keys left in English in messages_%s", language).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru"})
  void translationTakesTheSameArguments(String language) {
    Properties english = bundle("messages");
    Properties translation = bundle("messages_" + language);
    for (String key : english.stringPropertyNames()) {
      assertThat(arguments(translation.getProperty(key, "")))
          .as("arguments of %s in messages_%s", key, language)
          .isEqualTo(arguments(english.getProperty(key)));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"messages", "messages_kk", "messages_ru"})
  void patternsWithArgumentsEscapeTheirApostrophes(String name) {
    Properties bundle = bundle(name);
    for (String key : bundle.stringPropertyNames()) {
      String pattern = bundle.getProperty(key);
      if (!arguments(pattern).isEmpty()) {
        assertThat(pattern.replace("''", ""))
            .as("%s in %s: write ' as '' in a pattern with arguments", key, name)
            .doesNotContain("'");
      }
    }
  }

  private static Set<String> arguments(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = ARGUMENT.matcher(pattern);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  static Properties bundle(String name) {
    String path = "i18n/" + name + ".properties";
    try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new AssertionError("cannot read " + path, e);
    }
  }
}
