package kz.kenes.integration.lti.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import kz.kenes.lti.security.state.PlatformStorage;
import kz.kenes.platform.web.StaticAssets;
import kz.kenes.platform.web.TestViews;
import kz.kenes.platform.web.Views;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatformStoragePagesTest {

  private static final Views VIEWS = TestViews.create();
  private static final String STATE = PlatformStorage.state("platform_frame", "random-part");

  @Test
  void theLoginPageStoresTheSecretInTheNamedFrameOnThePlatformsOriginThenGoesOn() {
    URI next = URI.create("https://lms.example.edu:8443/auth?state=" + STATE + "&nonce=n");
    String html =
        render(
            Locale.ENGLISH,
            PlatformStoragePages.putModel(Locale.ENGLISH, STATE, "the-secret", next));

    assertThat(html)
        .contains(
            "data-storage-mode=\"put\"",
            "data-storage-target=\"platform_frame\"",
            "data-storage-origin=\"https://lms.example.edu:8443\"",
            "data-storage-key=\"kenes_" + STATE + "\"",
            "data-storage-value=\"the-secret\"",
            "data-storage-next=\"https://lms.example.edu:8443/auth?state="
                + STATE
                + "&amp;nonce=n\"",
            StaticAssets.shared().url(PlatformStoragePages.SCRIPT))
        .doesNotContain("kenes-storage-launch", "<script>");
  }

  @Test
  void theLaunchPagePostsTheIdTokenAndStateWithTheValueItReadsBack() {
    String html =
        render(
            Locale.ENGLISH,
            PlatformStoragePages.getModel(
                Locale.ENGLISH, STATE, "header.payload.signature", "https://lms.example.edu"));

    assertThat(html)
        .contains(
            "data-storage-mode=\"get\"",
            "data-storage-origin=\"https://lms.example.edu\"",
            "data-storage-key=\"kenes_" + STATE + "\"",
            "<form id=\"kenes-storage-launch\" method=\"post\" action=\"/lti/launch/storage\">",
            "<input type=\"hidden\" name=\"id_token\" value=\"header.payload.signature\">",
            "<input type=\"hidden\" name=\"state\" value=\"" + STATE + "\">",
            "<input type=\"hidden\" name=\"lti_storage_value\" value=\"\">")
        .doesNotContain("data-storage-value=", "<script>");
  }

  @ParameterizedTest
  @CsvSource({"en,needs JavaScript", "ru,нужен JavaScript", "kk,JavaScript қажет"})
  void withoutJavaScriptThePageSaysTheSignInCannotGoOn(String language, String words) {
    Locale locale = Locale.forLanguageTag(language);
    String html =
        render(
            locale, PlatformStoragePages.getModel(locale, STATE, "t", "https://lms.example.edu"));

    String noscript = html.substring(html.indexOf("<noscript>"), html.indexOf("</noscript>"));
    assertThat(noscript).contains(words);
    assertThat(html).doesNotContain("??");
  }

  private static String render(Locale locale, Map<String, Object> model) {
    return VIEWS.render(PlatformStoragePages.TEMPLATE, locale, model);
  }
}
