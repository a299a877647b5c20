package kz.kenes.bench.survey;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kenes.bench.BenchArgs;
import kz.kenes.bench.BenchHttp;
import kz.kenes.bench.FlowFailure;
import kz.kenes.bench.LoadReport;
import kz.kenes.bench.LoadRun;

/**
 * Load generator for survey submissions through invitation links: it creates one multi-use link for
 * the round ({@code --group=all}: one per stakeholder group, the workers spread over them) through
 * the admin API ({@code POST /api/surveys/{id}/rounds/{roundId}/invitations}, {@code maxUses} large
 * enough for the run), then posts complete submissions to {@code POST
 * /api/invitations/{token}/responses} at a fixed concurrency for a bounded time, each with a new
 * {@code submissionId}, 20 scale answers drawn from {@link StudyShape} and, for 30 % of them, a
 * pairing code. Each one must answer 201. It reports submissions per second, failures, latency
 * percentiles and its own CPU share ({@link LoadRun}, {@link LoadReport}). The link is revoked at
 * the end; the responses stay in the round.
 *
 * <p>For the reliability scripts (scripts/reliability/, docs/reliability.md): {@code
 * --retry-seconds} sends a submission that got no answer, a 5xx or a 429 again with the same {@code
 * submissionId} until it is acknowledged or that long has passed; {@code --repeat-percent} sends
 * that share of acknowledged submissions once more on purpose (the answer must be 200, never a
 * second 201); {@code --acknowledged-file} and {@code --attempts-file} write them down ({@link
 * SubmissionJournal}); {@code --allow-failures=true} ends with status 0 even when submissions
 * failed (an outage run expects them).
 *
 * <pre>
 * mvn -q -Pbench-survey-submit process-test-classes -Dbench.surveyId=… -Dbench.roundId=…
 * </pre>
 */
public final class SubmissionLoadGenerator {

  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final int MAX_USES = 100_000;
  private static final long RETRY_PAUSE_MILLIS = 250;

  private final URI baseUrl;
  private final String adminToken;
  private final long surveyId;
  private final long roundId;
  private final String group;
  private final LoadRun.Settings settings;
  private final HttpClient http;
  private final BenchHttp submitter;
  private final Duration retry;
  private final int repeatPercent;
  private final boolean allowFailures;
  private final SubmissionJournal journal;

  private static final List<String> SUBMIT_HEADERS =
      List.of("Content-Type", "application/json", "Accept", "application/json");

  private SubmissionLoadGenerator(BenchArgs args) {
    baseUrl = args.loopbackUrl("base-url", "http://localhost:9080");
    adminToken = args.string("admin-token", "dev-admin-token");
    surveyId = args.whole("survey-id", 0, 1, Long.MAX_VALUE);
    roundId = args.whole("round-id", 0, 1, Long.MAX_VALUE);
    group = args.string("group", "graduate");
    Duration timeout = args.seconds("timeout-seconds", 10, 1);
    settings =
        new LoadRun.Settings(
            args.integer("concurrency", 10, 1, 500),
            args.seconds("warmup-seconds", 5, 0),
            args.seconds("seconds", 30, 1),
            args.whole("max-submissions", MAX_USES, 1, MAX_USES),
            timeout);
    retry = args.seconds("retry-seconds", 0, 0);
    repeatPercent = args.integer("repeat-percent", 0, 0, 100);
    allowFailures = args.bool("allow-failures", false);
    String acknowledgedFile = args.string("acknowledged-file", "");
    String attemptsFile = args.string("attempts-file", "");
    args.requireAllRead();
    try {
      journal = SubmissionJournal.open(acknowledgedFile, attemptsFile);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write the journal files: " + e.getMessage(), e);
    }
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .build();
    submitter = new BenchHttp(timeout);
  }

  public static void main(String[] args) throws Exception {
    new SubmissionLoadGenerator(BenchArgs.parse(args)).run();
  }

  /** A link made for the run: its id, its token and the group its respondents belong to. */
  private record Link(long id, String token, StudyShape.Group group) {}

  private void run() throws Exception {
    URI invitations =
        URI.create(baseUrl + "/api/surveys/" + surveyId + "/rounds/" + roundId + "/invitations");
    List<StudyShape.Group> groups =
        group.equals("all")
            ? StudyShape.GROUPS
            : List.of(
                StudyShape.GROUPS.stream()
                    .filter(g -> g.code().equals(group))
                    .findFirst()
                    .orElse(StudyShape.GROUPS.get(0)));
    List<Link> links = new ArrayList<>();
    try {
      for (StudyShape.Group g : groups) {
        links.add(createLink(invitations, g));
      }
      List<URI> submits =
          links.stream()
              .map(l -> URI.create(baseUrl + "/api/invitations/" + l.token() + "/responses"))
              .toList();
      LoadRun.Outcome outcome =
          LoadRun.run(
              settings,
              1,
              w ->
                  submission(
                      submits.get(w % links.size()),
                      links.get(w % links.size()).group(),
                      new SplittableRandom()));
      journal.close();
      report(submits.get(0), links.size())
          .print(settings.concurrency(), settings.warmup().toSeconds(), outcome);
      if (outcome.failedInAll() > 0 && !allowFailures) {
        throw new IllegalStateException(
            outcome.failedInAll() + " submissions failed, see the report above");
      }
    } finally {
      journal.close();
      for (Link link : links) {
        try {
          HttpResponse<String> revoked =
              http.send(
                  admin(URI.create(invitations + "/" + link.id() + "/revoke"))
                      .POST(HttpRequest.BodyPublishers.noBody())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          System.out.println(
              "Revoked invitation " + link.id() + " (HTTP " + revoked.statusCode() + ")");
        } catch (IOException e) {
          System.out.println("Could not revoke invitation " + link.id() + ": " + e);
        }
      }
    }
  }

  private Link createLink(URI invitations, StudyShape.Group g)
      throws IOException, InterruptedException {
    HttpResponse<String> created =
        http.send(
            admin(invitations)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        String.format(
                            Locale.ROOT,
                            "{\"group\":\"%s\",\"maxUses\":%d,\"label\":\"load test %d\"}",
                            g.code(),
                            settings.maxFlows(),
                            System.currentTimeMillis())))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 201) {
      throw new IllegalStateException(
          invitations + " answered " + created.statusCode() + ": " + created.body());
    }
    Link link =
        new Link(Long.parseLong(match(ID, created.body())), match(TOKEN, created.body()), g);
    System.out.printf(
        Locale.ROOT,
        "Created invitation %d (group %s, %d uses) for round %d%nINVITATION_ID=%1$d%n",
        link.id(),
        g.code(),
        settings.maxFlows(),
        roundId);
    return link;
  }

  /**
   * One worker's flow: a new respondent's complete submission, expected 201 (or 200 when a retry
   * finds that an unanswered attempt was stored), and with {@code --repeat-percent} once more.
   */
  private LoadRun.Flow submission(URI submit, StudyShape.Group shape, SplittableRandom random) {
    int[] scores = new int[StudyShape.ITEMS];
    return steps -> {
      StudyShape.answer(random, StudyShape.drawTheta(random, shape, 1), scores);
      String submissionId = new UUID(random.nextLong(), random.nextLong()).toString();
      StringBuilder body = new StringBuilder(400);
      body.append("{\"submissionId\":\"").append(submissionId).append('"');
      if (random.nextInt(100) < 30) {
        body.append(",\"pairCode\":\"bench-")
            .append(Long.toString(random.nextLong() >>> 1, 36))
            .append('"');
      }
      body.append(",\"answers\":{");
      for (int item = 0; item < scores.length; item++) {
        int raw = StudyShape.reversed(item) ? 3 - scores[item] : scores[item];
        body.append(item == 0 ? "" : ",")
            .append(String.format(Locale.ROOT, "\"E%02d\":%d", item + 1, raw));
      }
      body.append("}}");
      long start = System.nanoTime();
      Delivered delivered = deliver(submit, body.toString(), "submit");
      steps[0] = System.nanoTime() - start;
      journal.acknowledged(submissionId, delivered.status(), delivered.attempts());
      if (repeatPercent > 0 && random.nextInt(100) < repeatPercent) {
        int again = deliver(submit, body.toString(), "repeat").status();
        journal.repeated(again);
        if (again != 200) {
          throw new FlowFailure(
              "repeat", again, "an acknowledged submission sent again made a new one");
        }
      }
    };
  }

  /** A submission's 2xx answer and the attempts it took. */
  private record Delivered(int status, int attempts) {}

  /**
   * Posts {@code body} until it is answered 200 or 201; no answer, a 5xx or a 429 is tried again
   * with the same body (so the same {@code submissionId}) for up to {@code --retry-seconds}. Other
   * answers fail the flow at once.
   */
  private Delivered deliver(URI submit, String body, String kind)
      throws FlowFailure, InterruptedException {
    long first = System.nanoTime();
    for (int attempt = 1; ; attempt++) {
      long startMillis = System.currentTimeMillis();
      long start = System.nanoTime();
      int status;
      String detail;
      boolean problem = false;
      try {
        BenchHttp.Response response = submitter.send("POST", submit, SUBMIT_HEADERS, body, null);
        status = response.status();
        detail = excerpt(response.body());
        problem = response.header("Content-Type").orElse("").startsWith("application/problem+json");
      } catch (IOException e) {
        status = -1;
        detail = e.getClass().getSimpleName() + " " + e.getMessage();
      }
      journal.attempt(
          startMillis,
          status,
          System.nanoTime() - start,
          problem,
          attempt == 1 ? kind : kind + "-retry");
      if (status == 200 || status == 201) {
        return new Delivered(status, attempt);
      }
      boolean retryable = status < 0 || status >= 500 || status == 429;
      if (!retryable || System.nanoTime() - first >= retry.toNanos()) {
        throw new FlowFailure(kind, status, detail);
      }
      Thread.sleep(RETRY_PAUSE_MILLIS);
    }
  }

  private HttpRequest.Builder admin(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(settings.requestTimeout())
        .header("Authorization", "Bearer " + adminToken)
        .header("Accept", "application/json");
  }

  private LoadReport report(URI submit, int linkCount) {
    return new LoadReport(
        "Kenes survey submission load test",
        List.of(
            "target           POST "
                + submit.toString().replaceAll("/invitations/[^/]+/", "/invitations/{token}/")
                + ", 20 scale answers, expects 201",
            String.format(
                Locale.ROOT,
                "load             concurrency %d, %d invitation link(s) (group %s), max %d each",
                settings.concurrency(),
                linkCount,
                group,
                settings.maxFlows())),
        "submissions",
        List.of("submit"),
        List.of(
            String.format(
                Locale.ROOT,
                "acknowledged     %d with 201, %d with 200 (a retry found an unanswered attempt"
                    + " stored); %d needed retries (%d retry attempts, up to %d s each)",
                journal.acknowledgedCreated.get(),
                journal.acknowledgedAlreadyStored.get(),
                journal.retriedSubmissions.get(),
                journal.retryAttempts.get(),
                retry.toSeconds()),
            String.format(
                Locale.ROOT,
                "repeated         %d acknowledged submissions sent again: %d answered 200, %d 201"
                    + " (a second response)",
                journal.repeats.get(),
                journal.repeatsAnswered200.get(),
                journal.repeatsAnswered201.get())));
  }

  private static String match(Pattern pattern, String body) {
    Matcher m = pattern.matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("no " + pattern + " in the answer: " + body);
    }
    return m.group(1);
  }

  private static String excerpt(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
    return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
  }
}
