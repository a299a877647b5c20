package kz.kenes.integration.lti.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Cookie;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateCookiesTest {

  private final StateCookies cookies = new StateCookies();

  @Test
  void theCookieCarriesTheHostPrefixWithItsRequirements() {
    assertThat(cookies.set("abc", true))
        .startsWith("__Host-kenes_st_abc=abc;")
        .contains("; Path=/;", "Secure")
        .doesNotContainIgnoringCase("Domain");
    assertThat(cookies.set("abc", false))
        .startsWith("__Host-kenes_st_abc=abc;")
        .contains("; Path=/;", "Secure")
        .doesNotContainIgnoringCase("Domain");
  }

  @Test
  void overHttpsTheCookieIsSameSiteNonePartitioned() {
    assertThat(cookies.set("abc", true))
        .contains("Max-Age=600", "HttpOnly", "Secure", "SameSite=None", "Partitioned");
  }

  @Test
  void overPlainHttpTheCookieIsSameSiteLax() {
    assertThat(cookies.set("abc", false))
        .contains("SameSite=Lax")
        .doesNotContain("SameSite=None", "Partitioned");
  }

  @Test
  void clearingKeepsTheAttributesTheBrowserRequiresOfTheName() {
    assertThat(cookies.clear("abc"))
        .startsWith("__Host-kenes_st_abc=;")
        .contains("Path=/;", "Max-Age=0", "Secure");
  }

  @Test
  void findsTheCookieNamedAfterTheState() {
    Map<String, Cookie> returned =
        Map.of(
            "__Host-kenes_st_one", new Cookie.Builder("__Host-kenes_st_one").value("one").build(),
            "__Host-kenes_st_two",
                new Cookie.Builder("__Host-kenes_st_two").value("tampered").build(),
            "kenes_st_three", new Cookie.Builder("kenes_st_three").value("three").build());
    assertThat(cookies.returnedFor("one", returned)).isEqualTo("one");
    assertThat(cookies.returnedFor("two", returned)).isEqualTo("tampered");
    assertThat(cookies.returnedFor("three", returned)).as("unprefixed name").isNull();
    assertThat(cookies.returnedFor(null, returned)).isNull();
  }
}
