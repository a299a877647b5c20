package kz.kenes.lti.services.nrps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.lti.security.jwt.RsaJwk;
import kz.kenes.lti.services.AccessTokens;
import kz.kenes.lti.services.ServiceCallException;
import kz.kenes.lti.testing.FakeNrpsPlatform;
import kz.kenes.lti.testing.MutableClock;
import kz.kenes.lti.testing.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MembershipServiceTest {

  static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
  static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

  final FakeNrpsPlatform platform =
      FakeNrpsPlatform.start("client-1", () -> RsaJwk.publicJwkSetJson(List.of(TestKeys.tool())));
  final PlatformRegistration registration =
      new PlatformRegistration(
          1,
          "test",
          "https://lms.example",
          "client-1",
          URI.create("https://lms.example/auth"),
          platform.tokenUrl(),
          URI.create("https://lms.example/jwks"),
          Set.of("d1"));
  final AccessTokens tokens =
      new AccessTokens(TestKeys::tool, new MutableClock(), Duration.ofSeconds(5));
  final MembershipService service =
      new MembershipService(tokens, HttpClient.newHttpClient(), Duration.ofSeconds(5));

  @AfterEach
  void stop() {
    platform.close();
  }

  @Test
  void readsEveryPageFollowingLinkNextWithTheMembershipMediaType() {
    platform.addMember("u1", "Aigerim", "a@example.edu", LEARNER);
    platform.addMember("u2", "Bolat", null, LEARNER);
    platform.addMember("u3", null, null, INSTRUCTOR);

    Membership membership = service.members(registration, platform.membershipsUrl(), null, 0);

    assertThat(membership.members()).extracting(Member::userId).containsExactly("u1", "u2", "u3");
    assertThat(membership.pages()).isEqualTo(2);
    assertThat(membership.contextId()).isEqualTo("course-7");
    List<FakeNrpsPlatform.Recorded> asked = platform.requests("/memberships");
    assertThat(asked).hasSize(2);
    assertThat(asked.get(0).pathAndQuery()).isEqualTo("/memberships?course=7");
    assertThat(asked.get(1).pathAndQuery()).contains("page=2");
    assertThat(asked)
        .allSatisfy(
            r -> {
              assertThat(r.accept()).isEqualTo(MembershipService.MEMBERSHIP_TYPE);
              assertThat(r.authorization()).startsWith("Bearer ");
            });
  }

  @Test
  void sendsTheRoleFilterAndLimit() {
    platform.addMember("u1", null, null, LEARNER);
    platform.addMember("u2", null, null, INSTRUCTOR);
    platform.addMember("u3", null, null, LEARNER);

    Membership membership = service.members(registration, platform.membershipsUrl(), LEARNER, 1);

    assertThat(membership.members()).extracting(Member::userId).containsExactly("u1", "u3");
    assertThat(membership.pages()).isEqualTo(2);
    String first = platform.requests("/memberships").get(0).pathAndQuery();
    assertThat(first).contains("role=http%3A%2F%2Fpurl.imsglobal.org").contains("limit=1");
  }

  @Test
  void membersWithoutNameOrEmailAreKeptWithNulls() {
    platform.addMember("u1", null, null, LEARNER);

    Member member =
        service.members(registration, platform.membershipsUrl(), null, 0).members().get(0);

    assertThat(member.userId()).isEqualTo("u1");
    assertThat(member.name()).isNull();
    assertThat(member.email()).isNull();
    assertThat(member.active()).isTrue();
    assertThat(member.roles()).containsExactly(LEARNER);
  }

  @Test
  void readsStatusAndSkipsMembersWithoutUserId() {
    assertThat(MembershipService.member(Map.of("status", "Inactive", "user_id", "u9")).active())
        .isFalse();
    assertThat(MembershipService.member(Map.of("roles", List.of(LEARNER)))).isNull();
  }

  @Test
  void asksForTheNrpsScopeAndRetriesOnceAfterA401() {
    platform.addMember("u1", null, null, LEARNER);
    service.members(registration, platform.membershipsUrl(), null, 0);
    platform.revokeTokens();

    assertThat(service.members(registration, platform.membershipsUrl(), null, 0).members())
        .hasSize(1);
    assertThat(tokens.requestsSent()).isEqualTo(2);
  }

  @Test
  void aRefusalCarriesThePlatformsStatusAndMessage() {
    service.members(registration, platform.membershipsUrl(), null, 0); // token cached
    platform.failNext(1, 403, "Names and roles are not enabled for this tool");

    assertThatThrownBy(() -> service.members(registration, platform.membershipsUrl(), null, 0))
        .isInstanceOfSatisfying(
            ServiceCallException.class,
            e -> {
              assertThat(e.status()).isEqualTo(403);
              assertThat(e.platformMessage()).contains("not enabled");
              assertThat(e.permanent()).isTrue();
            });
  }

  @Test
  void anUnreadableAnswerIsAServiceCallFailure() {
    service.members(registration, platform.membershipsUrl(), null, 0);
    platform.failNext(1, 200, "<html>login</html>");

    assertThatThrownBy(() -> service.members(registration, platform.membershipsUrl(), null, 0))
        .isInstanceOf(ServiceCallException.class)
        .hasMessageContaining("not a membership container");
  }
}
