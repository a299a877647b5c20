package kz.kenes.bench;

import java.net.URI;
import java.time.Duration;

/**
 * The settings of one load run, from {@code --name=value} arguments (the Maven profile {@code
 * bench-load} passes them from {@code bench.*} properties). Every run is bounded: a measured
 * duration, a warm-up, and a cap on the number of flows; the target must be this machine.
 *
 * @param visits who launches: each virtual user's returning learner, or someone new every flow
 * @param newCoursesEvery with first visits, a new course and link every that many flows (0: off)
 * @param windows the length of the windows the measured time is reported in (zero: off)
 * @param waitReady how long to poll {@code /health/ready} for a 200 before the load (zero: ask
 *     once); when waited for, the run's clock starts at the moment it answered
 * @param loginBaseUrl the node each flow's login goes to (the launch and the landing go to {@code
 *     baseUrl}); its {@code /lti/launch} is the flow's {@code target_link_uri}, so it stands for
 *     the tool's public URL, which every node must share. Default: {@code baseUrl}
 * @param removalCheck after the load, delete the registration through {@code loginBaseUrl} and
 *     measure how long {@code baseUrl} still accepts it, for at most this long (zero: off; the
 *     registration is deleted as usual)
 * @param removalBound the bound the removal check holds the other node to (the caches' lifetime)
 */
record BenchOptions(
    URI baseUrl,
    String adminToken,
    int concurrency,
    int users,
    Duration warmup,
    Duration measured,
    long maxFlows,
    boolean cookies,
    Landing landing,
    Duration requestTimeout,
    boolean keepRegistration,
    Visits visits,
    int newCoursesEvery,
    Duration windows,
    Duration waitReady,
    URI loginBaseUrl,
    Duration removalCheck,
    Duration removalBound) {

  static final Duration MAX_DURATION = BenchArgs.MAX_DURATION;
  static final long MAX_FLOWS = 10_000_000;
  static final int MAX_CONCURRENCY = 500;
  static final int MAX_USERS = 2_000;

  /** Which page ends a flow: the landing page, {@code /api/me}, or decided by a probe flow. */
  enum Landing {
    AUTO,
    APP,
    ME
  }

  /** Who launches: the same learner per virtual user at each flow, or a new person every flow. */
  enum Visits {
    RETURNING,
    FIRST
  }

  static BenchOptions parse(String[] args) {
    BenchArgs values = BenchArgs.parse(args);
    int concurrency = values.integer("concurrency", 10, 1, MAX_CONCURRENCY);
    int users = values.integer("users", 0, Integer.MIN_VALUE, Integer.MAX_VALUE);
    Visits visits = values.choice("visits", Visits.class, Visits.RETURNING);
    int newCoursesEvery = values.integer("new-courses-every", 0, 0, (int) MAX_FLOWS);
    if (newCoursesEvery > 0 && visits != Visits.FIRST) {
      throw new IllegalArgumentException(
          "--new-courses-every needs --visits=first: returning learners keep their courses");
    }
    URI baseUrl = values.loopbackUrl("base-url", "http://localhost:9080");
    BenchOptions options =
        new BenchOptions(
            baseUrl,
            values.string("admin-token", "dev-admin-token"),
            concurrency,
            BenchArgs.between("users", users <= 0 ? concurrency : users, concurrency, MAX_USERS),
            values.seconds("warmup-seconds", 5, 0),
            values.seconds("seconds", 30, 1),
            values.whole("max-flows", 1_000_000, 1L, MAX_FLOWS),
            values.bool("cookies", true),
            values.choice("landing", Landing.class, Landing.AUTO),
            values.seconds("timeout-seconds", 10, 1),
            values.bool("keep-registration", false),
            visits,
            newCoursesEvery,
            values.seconds("windows-seconds", 0, 0),
            values.seconds("wait-ready-seconds", 0, 0),
            values.loopbackUrl("login-base-url", baseUrl.toString()),
            values.seconds("removal-check-seconds", 0, 0),
            values.seconds("removal-bound-seconds", 30, 1));
    values.requireAllRead();
    return options;
  }
}
