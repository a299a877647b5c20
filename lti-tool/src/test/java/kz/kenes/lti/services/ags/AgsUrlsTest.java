package kz.kenes.lti.services.ags;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgsUrlsTest {

  @ParameterizedTest
  @CsvSource({
    // Moodle: the type_id query stays after the path
    "https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem?type_id=3,"
        + " https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=3",
    "https://lms.example/ags/items/7, https://lms.example/ags/items/7/scores",
    "https://lms.example/ags/items/7/, https://lms.example/ags/items/7/scores",
    "https://lms.example:8443/a%20b/item?x=1&y=2, https://lms.example:8443/a%20b/item/scores?x=1&y=2",
  })
  void insertsScoresIntoThePathBeforeTheQuery(String lineItem, String expected) {
    assertThat(AgsUrls.scores(URI.create(lineItem))).isEqualTo(URI.create(expected));
  }

  @ParameterizedTest
  @CsvSource({
    "https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem?type_id=3,"
        + " https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem/results?type_id=3",
  })
  void insertsResultsIntoThePathBeforeTheQuery(String lineItem, String expected) {
    assertThat(AgsUrls.results(URI.create(lineItem))).isEqualTo(URI.create(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<https://lms.example/li?page=2>; rel=\"next\"| https://lms.example/li?page=2",
        "<https://lms.example/li?p=1>; rel=\"prev\", <https://lms.example/li?p=3>; rel=\"next\""
            + "| https://lms.example/li?p=3",
        "</li?page=2>; rel=next| https://lms.example/li?page=2",
        "<https://lms.example/li?p=9>; rel=\"last next\"| https://lms.example/li?p=9",
      })
  void findsTheNextPageInLinkHeaders(String header, String expected) {
    assertThat(AgsUrls.next(URI.create("https://lms.example/li"), List.of(header)))
        .contains(URI.create(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"<https://lms.example/li?p=1>; rel=\"prev\"", "<https://lms.example/li>; rel=last"})
  void hasNoNextPageWithoutRelNext(String header) {
    assertThat(AgsUrls.next(URI.create("https://lms.example/li"), List.of(header))).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void addsEncodedFilterParametersToAnExistingQuery() {
    Map<String, String> filter = new LinkedHashMap<>();
    filter.put("resource_id", "survey:12");
    filter.put("resource_link_id", null);
    assertThat(AgsUrls.withQuery(URI.create("https://m.example/lineitems?type_id=3"), filter))
        .isEqualTo(URI.create("https://m.example/lineitems?type_id=3&resource_id=survey%3A12"));
  }
}
