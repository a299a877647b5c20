package kz.kenes.integration.lti.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Cookie;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateCookiesTest {

  private final StateCookies cookies = new StateCookies();

  @Test
  void overHttpsTheCookieIsSecureSameSiteNonePartitioned() {
    String header = cookies.headerValue(cookies.forState("abc", true), true);
    assertThat(header)
        .startsWith("kenes_st_abc=abc;")
        .contains(
            "Path=/lti/", "Max-Age=600", "HttpOnly", "Secure", "SameSite=None", "Partitioned");
  }

  @Test
  void overPlainHttpTheCookieIsNotSecure() {
    String header = cookies.headerValue(cookies.forState("abc", false), false);
    assertThat(header).contains("SameSite=Lax").doesNotContain("Secure", "Partitioned");
  }

  @Test
  void findsTheCookieNamedAfterTheState() {
    Map<String, Cookie> returned =
        Map.of(
            "kenes_st_one", new Cookie.Builder("kenes_st_one").value("one").build(),
            "kenes_st_two", new Cookie.Builder("kenes_st_two").value("tampered").build());
    assertThat(cookies.returnedFor("one", returned)).isEqualTo("one");
    assertThat(cookies.returnedFor("two", returned)).isEqualTo("tampered");
    assertThat(cookies.returnedFor("three", returned)).isNull();
    assertThat(cookies.returnedFor(null, returned)).isNull();
  }
}
