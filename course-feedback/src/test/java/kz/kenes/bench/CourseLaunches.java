package kz.kenes.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * People launched into one course of a platform the generator plays, through real LTI launches (the
 * launch generator's {@link BenchPlatform} and {@link LaunchFlow}: login, id_token signed with the
 * state's nonce, launch): for generators that load what a launched learner does next (the quiz
 * submission generator). One course, one resource link; each person launches once, in a browser of
 * their own, and gets the session token the launch set in its cookie, which the API takes as a
 * bearer token. Closing deletes the run's registration (and with it its users, courses and
 * sessions) unless told to keep it.
 */
public final class CourseLaunches implements AutoCloseable {

  private final BenchOptions options;
  private final BenchPlatform platform;
  private final HttpClient admin;
  private final long registration;
  private final LaunchFlow flow;
  private final String course;
  private final String link;
  private final String runId;
  private final boolean keep;

  private CourseLaunches(
      BenchOptions options, BenchPlatform platform, HttpClient admin, String runId, boolean keep)
      throws IOException, InterruptedException {
    this.options = options;
    this.platform = platform;
    this.admin = admin;
    this.runId = runId;
    this.keep = keep;
    this.registration = platform.register(admin, options);
    this.flow = new LaunchFlow(options, platform, BenchUsers.returning(), BenchOptions.Landing.APP);
    this.course = "bench-course-" + runId;
    this.link = "bench-link-" + runId;
  }

  /**
   * Registers a new platform with the Kenes at {@code baseUrl} (loopback only, checked by {@link
   * BenchArgs}) through the admin API; its course and link are named after {@code runId}.
   */
  public static CourseLaunches open(
      URI baseUrl, String adminToken, Duration timeout, String runId, boolean keepRegistration)
      throws IOException, InterruptedException {
    BenchOptions options =
        BenchOptions.parse(
            new String[] {
              "--base-url=" + baseUrl,
              "--admin-token=" + adminToken,
              "--timeout-seconds=" + timeout.toSeconds()
            });
    BenchPlatform platform = BenchPlatform.start(runId);
    try {
      HttpClient admin =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(timeout)
              .build();
      return new CourseLaunches(options, platform, admin, runId, keepRegistration);
    } catch (IOException | InterruptedException | RuntimeException e) {
      platform.close();
      throw e;
    }
  }

  public long registration() {
    return registration;
  }

  /** The course's LTI context id. */
  public String course() {
    return course;
  }

  /**
   * Launches learner {@code n} (from 1) of the run into the course, in {@code browser}; returns
   * their session token. Learner n is the same person at every call.
   */
  public String learner(int n, BenchBrowser browser) throws FlowFailure, InterruptedException {
    // BenchUser's number picks the role: the n-th number that is no multiple of 5 is a learner's
    long number = n + (n - 1) / 4;
    return launch(
        new BenchUser(
            "bench-" + runId + "-learner-" + n, "Bench Learner " + n, number, course, link),
        browser);
  }

  /** Launches the course's instructor in {@code browser}; returns their session token. */
  public String instructor(BenchBrowser browser) throws FlowFailure, InterruptedException {
    return launch(
        new BenchUser("bench-" + runId + "-teacher", "Bench Teacher", 5, course, link), browser);
  }

  private String launch(BenchUser person, BenchBrowser browser)
      throws FlowFailure, InterruptedException {
    return flow.sessionToken(new LaunchFlow.VirtualUser((int) person.number(), browser), person);
  }

  @Override
  public void close() {
    try {
      if (!keep) {
        System.out.println(
            "Deleted the run's registration "
                + registration
                + " (HTTP "
                + platform.unregister(admin, options, registration)
                + ")");
      } else {
        System.out.println("Kept the run's registration " + registration);
      }
    } catch (IOException e) {
      System.out.println("Could not delete registration " + registration + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      platform.close();
    }
  }
}
