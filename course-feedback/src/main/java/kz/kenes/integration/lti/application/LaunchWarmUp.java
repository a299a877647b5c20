package kz.kenes.integration.lti.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.kenes.integration.lti.api.PlatformRegistrationRequest;
import kz.kenes.integration.lti.persistence.PlatformRegistrationEntity;
import kz.kenes.lti.security.jwt.RsaJwk;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.db.DatabaseMigration.SchemaReady;

/**
 * The server warms itself up before it reports ready: for {@link KenesConfig#warmUpSeconds()} it
 * plays an LTI platform against itself over HTTP on its own listener, whole launches (login, signed
 * id_token, launch, landing page) of new learners, returning learners and instructors in a few
 * courses, {@link KenesConfig#warmUpConcurrency()} at a time. The JIT compiles the hot paths,
 * classes load, caches and pools fill, and the first real learners after {@code /health/ready} meet
 * a server near its warm speed instead of one that needs minutes of their load to get there
 * (docs/performance.md, issue 14).
 *
 * <p>What it leaves behind: nothing. The platform is a registration of its own (issuer under {@link
 * #ISSUER_PREFIX}, a fresh RSA key that never leaves the process: its key set is answered
 * in-process by {@link #ownKeySet(URI)}, its URLs are under the reserved {@code .invalid} domain
 * and are never called), deleted when the warm-up ends, which deletes its users, courses, links and
 * sessions with it; one left by a server killed during its warm-up is deleted at the next start.
 * Its logins pass the per-address login limit with a secret header ({@link #HEADER}) known only to
 * this process while the warm-up runs. Launch counters (metrics) do count its launches.
 *
 * <p>A warm-up that cannot launch (e.g. the listener is not on a loopback-reachable address) logs
 * why and ends; it never keeps the server from becoming ready.
 */
@ApplicationScoped
public class LaunchWarmUp {

  private static final Logger LOG = Logger.getLogger(LaunchWarmUp.class.getName());

  /** The header by which the warm-up's own logins pass the login rate limit. */
  public static final String HEADER = "X-Kenes-Warm-Up";

  /** The issuers of warm-up platforms; {@code .invalid} never resolves (RFC 2606). */
  public static final String ISSUER_PREFIX = "https://warm-up.kenes.invalid/";

  static final String DEPLOYMENT_ID = "warm-up";

  /** How long the warm-up waits for the application to answer its first login. */
  static final Duration APPLICATION_WAIT = Duration.ofSeconds(120);

  /** Where a warm-up is. */
  public enum Phase {
    WAITING,
    RUNNING,
    DONE,
    SKIPPED,
    FAILED
  }

  /** What the readiness check reports. */
  public record Status(Phase phase, long flows, long failed, String detail) {

    /** Whether the server may report ready: the warm-up is over, however it ended. */
    public boolean over() {
      return phase == Phase.DONE || phase == Phase.SKIPPED || phase == Phase.FAILED;
    }
  }

  @Inject KenesConfig config;
  @Inject RegistrationService registrations;
  @Resource ManagedThreadFactory threads;

  private final String secret = randomSecret();
  private final AtomicReference<Status> status =
      new AtomicReference<>(new Status(Phase.WAITING, 0, 0, null));
  private final AtomicLong flows = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private volatile WarmUpPlatform platform;
  private volatile boolean stopping;
  private volatile boolean enough;
  private Thread runner;

  /** Starts the warm-up once the schema is ready (or marks it skipped when it is switched off). */
  void onSchemaReady(@Observes SchemaReady ready) {
    start();
  }

  synchronized void start() {
    if (runner != null || status.get().over()) {
      return;
    }
    if (config.warmUpSeconds() == 0 || threads == null) {
      status.set(new Status(Phase.SKIPPED, 0, 0, "kenes.warm-up.seconds is 0"));
      return;
    }
    runner = threads.newThread(this::run);
    runner.setName("kenes-launch-warm-up");
    runner.setDaemon(true);
    runner.start();
  }

  /** Where the warm-up is, for the readiness check. */
  public Status status() {
    Status now = status.get();
    return now.phase() == Phase.RUNNING
        ? new Status(Phase.RUNNING, flows.get(), failed.get(), now.detail())
        : now;
  }

  /** Whether a login carries the running warm-up's secret (then the login limit lets it pass). */
  public boolean owns(String headerValue) {
    return headerValue != null
        && status.get().phase() == Phase.RUNNING
        && MessageDigest.isEqual(
            secret.getBytes(StandardCharsets.US_ASCII),
            headerValue.getBytes(StandardCharsets.US_ASCII));
  }

  /** The key set of the warm-up platform at {@code jwksUrl}, or null for any other URL. */
  public String ownKeySet(URI jwksUrl) {
    WarmUpPlatform current = platform;
    return current != null && current.jwksUrl().equals(jwksUrl) ? current.keySetJson() : null;
  }

  private void run() {
    long id = -1;
    try {
      removeLeftovers();
      WarmUpPlatform current = WarmUpPlatform.create(randomSecret().substring(0, 12));
      platform = current;
      id = registrations.register(current.registration()).id();
      status.set(new Status(Phase.RUNNING, 0, 0, null));
      Duration longest = Duration.ofSeconds(config.warmUpSeconds());
      LOG.info(
          () ->
              "Warming up: whole LTI launches against this server, "
                  + config.warmUpConcurrency()
                  + " at a time, until the JIT compilers are quiet, for at most "
                  + longest.toSeconds()
                  + " s (kenes.warm-up.seconds), before it reports ready");
      WarmUpProgress progress = new WarmUpProgress(longest);
      long began = System.nanoTime();
      String failure = launchFor(current, progress);
      long took = Duration.ofNanos(System.nanoTime() - began).toSeconds();
      LOG.info(
          () ->
              "Warm-up launches ended after "
                  + took
                  + " s: "
                  + switch (progress.ending()) {
                    case QUIET -> "the JIT compilers had become quiet";
                    case LONGEST -> "the longest warm-up (kenes.warm-up.seconds) was over";
                    case NOT_YET -> "they were stopped";
                  }
                  + "; launches per 10 s: "
                  + progress.windows()
                  + ", JIT compilation ms per 10 s: "
                  + progress.compiling());
      Status end =
          failure == null
              ? new Status(Phase.DONE, flows.get(), failed.get(), null)
              : new Status(Phase.FAILED, flows.get(), failed.get(), failure);
      finish(id, end);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The launch warm-up failed; the server is ready without it", e);
      finish(id, new Status(Phase.FAILED, flows.get(), failed.get(), String.valueOf(e)));
    }
  }

  /**
   * Runs flows until the server is warm ({@link WarmUpProgress}: the JIT compilers are quiet) or
   * the longest time is up; the first failure's text when no flow worked at all.
   */
  private String launchFor(WarmUpPlatform current, WarmUpProgress progress) {
    URI base = selfUrl();
    WarmUpFlows flowsOf = new WarmUpFlows(current, base, config.publicUrl(), secret);
    if (!flowsOf.awaitApplication(APPLICATION_WAIT, () -> stopping)) {
      return "the application did not answer a login at " + base + " within " + APPLICATION_WAIT;
    }
    long started = System.nanoTime();
    long deadline = started + progress.longest().toNanos();
    AtomicReference<String> firstFailure = new AtomicReference<>();
    List<Thread> users = new ArrayList<>();
    CountDownLatch usersDone = new CountDownLatch(config.warmUpConcurrency());
    for (int i = 0; i < config.warmUpConcurrency(); i++) {
      int user = i;
      Thread thread =
          threads.newThread(
              () -> {
                try {
                  launchUntilEnough(flowsOf, user, deadline, firstFailure);
                } finally {
                  usersDone.countDown();
                }
              });
      thread.setName("kenes-launch-warm-up-" + i);
      thread.setDaemon(true);
      users.add(thread);
      thread.start();
    }
    watch(usersDone, progress, started);
    enough = true;
    for (Thread thread : users) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "interrupted";
      }
    }
    if (flows.get() == 0) {
      return firstFailure.get() == null ? "no launch was made" : firstFailure.get();
    }
    if (failed.get() > 0) {
      LOG.warning(
          () ->
              failed.get() + " of the warm-up's launches failed; the first: " + firstFailure.get());
    }
    return null;
  }

  /** One warm-up user's flows, until the warm-up has had enough. */
  private void launchUntilEnough(
      WarmUpFlows flowsOf, int user, long deadline, AtomicReference<String> firstFailure) {
    long n = 0;
    while (!stopping && !enough && System.nanoTime() < deadline) {
      String failure = flowsOf.flow(user, n++);
      if (failure == null) {
        flows.incrementAndGet();
      } else {
        failed.incrementAndGet();
        firstFailure.compareAndSet(null, failure);
        if (flows.get() == 0 && failed.get() >= 20) {
          return;
        }
      }
    }
  }

  /**
   * Gives {@code progress} the warm-up's launches and the compilers' time every {@link
   * WarmUpProgress#WINDOW} until it is warm, its longest time is over, or its users all stopped
   * (none could launch).
   */
  private void watch(CountDownLatch usersDone, WarmUpProgress progress, long started) {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
    long counted = 0;
    long compiled = timed ? jit.getTotalCompilationTime() : 0;
    while (!stopping) {
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      try {
        if (usersDone.await(progress.untilNextWindow(elapsed).toNanos(), TimeUnit.NANOSECONDS)) {
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      long now = flows.get();
      long compiledNow = timed ? jit.getTotalCompilationTime() : -1;
      WarmUpProgress.Ending ending =
          progress.windowEnded(
              now - counted,
              timed ? compiledNow - compiled : -1,
              Duration.ofNanos(System.nanoTime() - started));
      counted = now;
      compiled = compiledNow;
      if (ending != WarmUpProgress.Ending.NOT_YET) {
        return;
      }
    }
  }

  private void finish(long registrationId, Status end) {
    try {
      if (registrationId >= 0) {
        registrations.delete(registrationId);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The warm-up platform could not be removed; the next start will", e);
    } finally {
      platform = null;
      status.set(end);
      LOG.info(
          () ->
              "Warm-up "
                  + end.phase().name().toLowerCase(java.util.Locale.ROOT)
                  + ": "
                  + end.flows()
                  + " launches, "
                  + end.failed()
                  + " failed"
                  + (end.detail() == null ? "" : " (" + end.detail() + ")"));
    }
  }

  /** Deletes warm-up platforms a server killed during its warm-up left behind. */
  private void removeLeftovers() {
    for (PlatformRegistrationEntity leftover : registrations.list(0, 10_000)) {
      if (leftover.toRegistration().issuer().startsWith(ISSUER_PREFIX)) {
        registrations.delete(leftover.id());
      }
    }
  }

  /** This server's own HTTP listener, reached on loopback unless it listens elsewhere only. */
  private URI selfUrl() {
    String host = config.listenHost();
    boolean anyInterface = host.equals("*") || host.equals("0.0.0.0") || host.equals("::");
    String reach =
        anyInterface || KenesConfig.isLoopbackHost(host)
            ? "127.0.0.1"
            : (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host);
    return URI.create("http://" + reach + ":" + config.httpPort());
  }

  @PreDestroy
  void stop() {
    stopping = true;
  }

  private static String randomSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The warm-up's platform: a fresh key and a registration under {@link #ISSUER_PREFIX}. */
  record WarmUpPlatform(RsaJwk key, String issuer, String clientId, URI jwksUrl) {

    static WarmUpPlatform create(String runId) {
      String issuer = ISSUER_PREFIX + runId;
      return new WarmUpPlatform(
          RsaJwk.generate(), issuer, "kenes-warm-up-" + runId, URI.create(issuer + "/jwks"));
    }

    String keySetJson() {
      return RsaJwk.publicJwkSetJson(List.of(key));
    }

    URI authUrl() {
      return URI.create(issuer + "/auth");
    }

    PlatformRegistrationRequest registration() {
      return new PlatformRegistrationRequest(
          "Kenes warm-up (removed when the server has started)",
          issuer,
          clientId,
          authUrl().toString(),
          issuer + "/token",
          jwksUrl.toString(),
          List.of(DEPLOYMENT_ID),
          null,
          false,
          false);
    }
  }
}
