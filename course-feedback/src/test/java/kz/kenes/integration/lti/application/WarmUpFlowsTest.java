package kz.kenes.integration.lti.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.LongStream;
import kz.kenes.integration.lti.application.LaunchWarmUp.WarmUpPlatform;
import kz.kenes.integration.lti.application.WarmUpFlows.Person;
import org.junit.jupiter.api.Test;

/** The warm-up's launches: who launches, what the platform signs, which cookies go back. */
class WarmUpFlowsTest {

  private final WarmUpPlatform platform = WarmUpPlatform.create("test-run");
  private final WarmUpFlows flows =
      new WarmUpFlows(
          platform,
          URI.create("http://127.0.0.1:9080"),
          URI.create("https://kenes.example.edu"),
          "secret");

  @Test
  void sevenFlowsInTenAreNewLearnersTwoReturningOneAnInstructor() {
    List<Person> people = LongStream.range(0, 10).mapToObj(n -> flows.person(3, n)).toList();

    assertThat(people).filteredOn(p -> p.sub().startsWith("new-")).hasSize(7);
    assertThat(people).filteredOn(p -> p.sub().equals("learner-3")).hasSize(2);
    assertThat(people)
        .filteredOn(p -> p.role().endsWith("#Instructor"))
        .hasSize(1)
        .allMatch(p -> p.sub().startsWith("instructor-"));
    assertThat(people).extracting(Person::locale).contains("kk", "ru", "en");
    assertThat(people).extracting(Person::course).hasSize(10).contains("course-0", "course-3");
    assertThat(people.stream().map(Person::sub).filter(s -> s.startsWith("new-")).distinct())
        .hasSize(7);
  }

  @Test
  void theIdTokenIsAResourceLinkLaunchOfTheWarmUpPlatformForThePublicLaunchUrl() {
    String token = flows.idToken(new Person("new-1", "role#Learner", "course-1", "ru"), "n-1");

    String payload =
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    assertThat(payload)
        .contains("\"iss\":\"" + LaunchWarmUp.ISSUER_PREFIX + "test-run\"")
        .contains("\"aud\":\"kenes-warm-up-test-run\"")
        .contains("\"nonce\":\"n-1\"")
        .contains("LtiResourceLinkRequest")
        .contains("https://kenes.example.edu/lti/launch")
        .contains("claim/deployment_id\":\"warm-up\"")
        .contains("course-1");
    assertThat(platform.keySetJson()).contains(platform.key().kid());
    assertThat(platform.registration().jwksUrl()).isEqualTo(platform.jwksUrl().toString());
    assertThat(platform.registration().issuer()).startsWith("https://warm-up.kenes.invalid/");
  }

  @Test
  void theCookiesALoginSetGoBackAsOneHeader() {
    assertThat(
            WarmUpFlows.cookies(
                List.of(
                    "__Host-kenes_st_abc=v1; Path=/; Secure; HttpOnly; SameSite=None",
                    "other=v2",
                    "; Path=/")))
        .isEqualTo("__Host-kenes_st_abc=v1; other=v2");
    assertThat(WarmUpFlows.cookies(List.of())).isEmpty();
  }

  @Test
  void aWarmUpThatIsNotRunningOwnsNoHeaderAndNoKeySet() {
    LaunchWarmUp warmUp = new LaunchWarmUp();

    assertThat(warmUp.owns("anything")).isFalse();
    assertThat(warmUp.owns(null)).isFalse();
    assertThat(warmUp.ownKeySet(platform.jwksUrl())).isNull();
    assertThat(warmUp.status().phase()).isEqualTo(LaunchWarmUp.Phase.WAITING);
    assertThat(warmUp.status().over()).isFalse();
  }
}
