package kz.kenes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageModelTest {

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  @Test
  void carriesLanguageTranslatedTitleAndAssets() {
    Map<String, Object> model = PageModel.of(RUSSIAN, "admin.platforms.title").asMap();
    assertThat(model)
        .containsEntry("lang", "ru")
        .containsEntry("pageTitle", "Регистрации платформ")
        .containsEntry("cssUrl", StaticAssets.shared().url("kenes.css"))
        .containsEntry("jsUrl", StaticAssets.shared().url("kenes.js"));
    assertThat(model).doesNotContainKeys("kt", "csrf", "role");
  }

  @Test
  void thePagerLinksOnlyToPagesThatExist() {
    Map<String, Object> first =
        PageModel.of(Locale.ENGLISH, "admin.platforms.title")
            .withPager(0, 20, 20, 45, from -> "/x?offset=" + from)
            .asMap();
    Map<String, Object> middle =
        PageModel.of(Locale.ENGLISH, "admin.platforms.title")
            .withPager(20, 20, 20, 45, from -> "/x?offset=" + from)
            .asMap();
    Map<String, Object> last =
        PageModel.of(Locale.ENGLISH, "admin.platforms.title")
            .withPager(40, 5, 20, 45, from -> "/x?offset=" + from)
            .asMap();
    Map<String, Object> offGrid =
        PageModel.of(Locale.ENGLISH, "admin.platforms.title")
            .withPager(7, 20, 20, 45, from -> "/x?offset=" + from)
            .asMap();

    assertThat(first)
        .containsEntry("from", 1)
        .containsEntry("to", 20)
        .containsEntry("total", 45L)
        .containsEntry("previousUrl", null)
        .containsEntry("nextUrl", "/x?offset=20");
    assertThat(middle)
        .containsEntry("previousUrl", "/x?offset=0")
        .containsEntry("nextUrl", "/x?offset=40");
    assertThat(last)
        .containsEntry("from", 41)
        .containsEntry("to", 45)
        .containsEntry("previousUrl", "/x?offset=20")
        .containsEntry("nextUrl", null);
    assertThat(offGrid).containsEntry("previousUrl", "/x?offset=0");
  }

  @Test
  void carriesTheSession() {
    Map<String, Object> model =
        PageModel.of(Locale.ENGLISH, "landing.learner.title")
            .session("tok-1", "csrf-1", "learner")
            .asMap();
    assertThat(model)
        .containsEntry("kt", "tok-1")
        .containsEntry("csrf", "csrf-1")
        .containsEntry("role", "learner")
        .containsEntry("homeUrl", "/app?kt=tok-1");
  }

  @Test
  void languageLinksKeepTheSessionTokenAndTheQuery() {
    PageModel page =
        PageModel.of(Locale.forLanguageTag("kk"), "admin.platforms.title")
            .session("a+b/c", "x", "admin")
            .switchLinks("/app/admin/platforms", Map.of("offset", "20"));
    @SuppressWarnings("unchecked")
    List<PageModel.LocaleLink> links = (List<PageModel.LocaleLink>) page.asMap().get("localeLinks");
    assertThat(links).extracting(PageModel.LocaleLink::code).containsExactly("kk", "ru", "en");
    assertThat(links)
        .extracting(PageModel.LocaleLink::label)
        .containsExactly("Қазақша", "Русский", "English");
    assertThat(links.get(1).href())
        .isEqualTo("/app/admin/platforms?kt=a%2Bb%2Fc&offset=20&lang=ru");
    assertThat(links).extracting(PageModel.LocaleLink::current).containsExactly(true, false, false);
  }

  @Test
  void languageLinksWithoutSessionCarryOnlyTheLanguage() {
    PageModel page = PageModel.of(Locale.ENGLISH, "signin.title").switchLinks("/admin", Map.of());
    @SuppressWarnings("unchecked")
    List<PageModel.LocaleLink> links = (List<PageModel.LocaleLink>) page.asMap().get("localeLinks");
    assertThat(links)
        .extracting(PageModel.LocaleLink::href)
        .containsExactly("/admin?lang=kk", "/admin?lang=ru", "/admin?lang=en");
  }

  @Test
  void hrefEncodesValuesAndLeavesOutNulls() {
    Map<String, String> query = new java.util.LinkedHashMap<>();
    query.put("done", "a b&c");
    query.put("none", null);
    assertThat(PageModel.href("t", "/p", query)).isEqualTo("/p?kt=t&done=a+b%26c");
    assertThat(PageModel.href(null, "/p", Map.of())).isEqualTo("/p");
  }
}
