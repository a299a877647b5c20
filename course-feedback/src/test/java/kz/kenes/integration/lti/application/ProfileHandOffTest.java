package kz.kenes.integration.lti.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Status;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kz.kenes.identity.domain.CallerProfile;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.integration.lti.persistence.LtiContextEntity;
import kz.kenes.integration.lti.persistence.LtiResourceLinkEntity;
import kz.kenes.integration.lti.persistence.LtiUserEntity;
import kz.kenes.platform.persistence.FakeTransactions;
import kz.kenes.platform.persistence.TransactionMemo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The profile a launch recorded is handed to its session's first page (ADR 0038): once, after the
 * launch committed, and only to the session it was recorded for; otherwise the profile is read.
 */
class ProfileHandOffTest {

  private final FakeTransactions transactions = new FakeTransactions();
  private final AtomicInteger reads = new AtomicInteger();
  private final LtiCallerProfiles profiles = new LtiCallerProfiles();

  @BeforeEach
  void profilesOverFakes() {
    profiles.transactions = transactions;
    profiles.memo = new TransactionMemo();
    Query none =
        (Query)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Query.class},
                (proxy, method, args) ->
                    method.getName().equals("getResultList") ? List.of() : proxy);
    profiles.em =
        (EntityManager)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                  reads.incrementAndGet();
                  return none;
                });
  }

  @Test
  void theFirstPageOfTheSessionGetsTheLaunchsProfileOnceWithoutARead() {
    transactions.key = "launch";
    profiles.handOff(41, user(), context(), link(), true);
    transactions.end(Status.STATUS_COMMITTED);

    CallerProfile first = profiles.of(session(41, 11L, 12L));

    assertThat(reads).hasValue(0);
    assertThat(first.person().orElseThrow().displayName()).isEqualTo("Aigerim Sadykova");
    assertThat(first.person().orElseThrow().subject()).isEqualTo("sub-1");
    assertThat(first.person().orElseThrow().firstLaunch()).isTrue();
    assertThat(first.course().orElseThrow())
        .isEqualTo(new CallerProfile.Course(11L, "crop-101", "CROP", "Crop Production"));
    assertThat(first.placement().orElseThrow())
        .isEqualTo(new CallerProfile.Placement(12L, "link-1", "Week 1"));

    profiles.of(session(41, 11L, 12L));
    assertThat(reads).as("the second page reads").hasValue(1);
  }

  @Test
  void aRolledBackLaunchOrAnotherSessionsPageReads() {
    transactions.key = "launch";
    profiles.handOff(41, user(), context(), link(), false);
    transactions.end(Status.STATUS_ROLLEDBACK);
    profiles.of(session(41, 11L, 12L));

    transactions.key = "launch";
    profiles.handOff(42, user(), context(), link(), false);
    transactions.end(Status.STATUS_COMMITTED);
    profiles.of(session(42, 11L, 99L));

    assertThat(reads).as("rolled back; another resource link").hasValue(2);
  }

  private static KenesSession session(long id, Long context, Long link) {
    return new KenesSession(
        id,
        KenesSession.Kind.LTI,
        7L,
        "d",
        context,
        link,
        13L,
        List.of(),
        KenesRole.LEARNER,
        null,
        false,
        "en",
        "csrf",
        Instant.parse("2026-12-07T12:00:00Z"),
        null);
  }

  private static LtiUserEntity user() {
    LtiUserEntity user = new LtiUserEntity();
    user.id = 13L;
    user.subject = "sub-1";
    user.name = "Aigerim Sadykova";
    user.email = "a@example.edu";
    return user;
  }

  private static LtiContextEntity context() {
    LtiContextEntity context = new LtiContextEntity();
    context.id = 11L;
    context.contextId = "crop-101";
    context.label = "CROP";
    context.title = "Crop Production";
    return context;
  }

  private static LtiResourceLinkEntity link() {
    LtiResourceLinkEntity link = new LtiResourceLinkEntity();
    link.id = 12L;
    link.linkId = "link-1";
    link.title = "Week 1";
    return link;
  }
}
