package kz.kenes.survey.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SameOriginTest {

  private static final URI PUBLIC_URL = URI.create("https://kenes.example.edu");

  @ParameterizedTest(name = "Origin {0}, Referer {1} -> {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        "https://kenes.example.edu, -, true",
        "HTTPS://Kenes.Example.EDU, -, true",
        "https://kenes.example.edu:443, -, true",
        "-, https://kenes.example.edu/survey/i/abc?lang=ru, true",
        "-, -, true",
        "https://evil.example, -, false",
        "null, -, false",
        "http://kenes.example.edu, -, false",
        "https://kenes.example.edu:8443, -, false",
        "-, https://evil.example/survey/i/abc, false",
        "-, https://kenes.example.edu.evil.example/, false",
        "https://evil.example, https://kenes.example.edu/, false",
      })
  void allowsOnlyThisToolsOriginWhenTheBrowserNamesOne(
      String origin, String referer, boolean allowed) {
    assertThat(SameOrigin.allows(PUBLIC_URL, origin, referer)).isEqualTo(allowed);
  }

  @ParameterizedTest
  @CsvSource({
    "http://localhost:9481, http://localhost:9481",
    "http://localhost:80/, http://localhost",
    "https://Kenes.example.edu/base, https://kenes.example.edu"
  })
  void theOriginOfAUrlIsSchemeHostAndAnyOtherThanTheDefaultPort(String url, String origin) {
    assertThat(SameOrigin.originOf(URI.create(url))).isEqualTo(origin);
  }
}
