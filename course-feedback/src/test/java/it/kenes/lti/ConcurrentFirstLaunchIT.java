package it.kenes.lti;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.Kenes;
import it.kenes.support.LaunchResult;
import it.kenes.support.LoginResult;
import it.kenes.support.LtiRoles;
import it.kenes.support.ServerLog;
import it.kenes.support.TestPlatform;
import it.kenes.support.Unique;
import it.kenes.support.VirtualBrowser;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.kenes.lti.LtiClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * A class opening a new course's link at the same moment: every first launch inserts the user, the
 * context and the resource link, and all of them race on the same unique keys. Every learner must
 * get in, and the course and link must each be recorded once.
 */
class ConcurrentFirstLaunchIT {

  private static final int LAUNCHES = 24;
  private static final int LEARNERS = 12;
  private static final int LINKS = 4;

  private final TestPlatform platform = TestPlatform.register();

  @AfterEach
  void closePlatform() {
    platform.close();
  }

  private record Ready(VirtualBrowser browser, LoginResult login, String idToken) {}

  /**
   * Repeated, because a race is not certain in one round: a launch that loses the course to
   * another, then its link to a third, fails unless it may try a third time.
   */
  @RepeatedTest(3)
  void everyLearnerOfAClassLaunchingANewCourseAtOnceGetsInWithOneCourseAndEachLinkOnce()
      throws Exception {
    String course = "course-" + Unique.suffix();
    String links = "link-" + Unique.suffix() + "-";
    List<Ready> ready = new ArrayList<>();
    for (int i = 0; i < LAUNCHES; i++) {
      VirtualBrowser browser = VirtualBrowser.open();
      LoginResult login = platform.login(browser);
      String idToken =
          platform
              .idToken(login)
              .roles(LtiRoles.LEARNER)
              .subject("learner-" + (i % LEARNERS) + "-" + course)
              .with(LtiClaims.CONTEXT, Map.of("id", course, "title", "Crop Production"))
              .with(LtiClaims.RESOURCE_LINK, Map.of("id", links + (i % LINKS), "title", "Week 1"))
              .build();
      ready.add(new Ready(browser, login, idToken));
    }

    ExecutorService pool = Executors.newFixedThreadPool(LAUNCHES);
    List<LaunchResult> results = new ArrayList<>();
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<LaunchResult>> launches = new ArrayList<>();
      for (Ready r : ready) {
        launches.add(
            pool.submit(
                () -> {
                  go.await();
                  return platform.launch(r.browser(), r.login(), r.idToken());
                }));
      }
      go.countDown();
      for (Future<LaunchResult> launch : launches) {
        results.add(launch.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }

    Set<Long> contexts = new HashSet<>();
    Set<Long> linkRefs = new HashSet<>();
    Set<Long> users = new HashSet<>();
    for (LaunchResult result : results) {
      assertThat(result.status()).as("%s", result.answer()).isEqualTo(303);
      HttpAnswer me = Http.me(result.sessionTokenOrFail());
      assertThat(me.status()).as("%s", me).isEqualTo(200);
      JsonObject json = me.json();
      contexts.add(json.getJsonObject("context").getJsonNumber("id").longValue());
      linkRefs.add(json.getJsonObject("resourceLink").getJsonNumber("id").longValue());
      users.add(json.getJsonNumber("userId").longValue());
    }
    assertThat(contexts).hasSize(1);
    assertThat(linkRefs).hasSize(LINKS);
    assertThat(users).hasSize(LEARNERS);
    if (Kenes.dbKind().equals("postgres")) {
      // On PostgreSQL the losers of a race insert nothing (ON CONFLICT DO NOTHING): no constraint
      // violation, rollback or FFDC incident names this course or its links in the server's logs.
      ServerLog.directory()
          .ifPresent(
              logs ->
                  assertThat(ServerLog.allText(logs))
                      .as("the server's logs after a class's first launches")
                      .doesNotContain(course)
                      .doesNotContain(links));
    }
  }
}
