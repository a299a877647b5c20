package kz.kenes.bench.quiz;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.kenes.bench.BenchArgs;
import kz.kenes.bench.BenchBrowser;
import kz.kenes.bench.BenchHttp;
import kz.kenes.bench.CourseLaunches;
import kz.kenes.bench.FlowFailure;
import kz.kenes.bench.FlowRecorder;
import kz.kenes.bench.LoadReport;
import kz.kenes.bench.LoadRun;

/**
 * Load generator for quiz submissions (issue 13 §5: 200 concurrent learners, p99 &lt; 30 ms for a
 * submission, no duplicate attempts). It registers a platform of its own and launches, through real
 * LTI launches ({@link CourseLaunches}), an instructor and {@code --learners} learners into one new
 * course; the instructor creates a quiz of 10 questions (5 true/false, 5 single choice) with no
 * attempt limit and no cool-down; each learner starts an attempt and saves answers. Then every
 * learner, at once, for the measured time: submits the attempt with answers ({@code POST
 * /api/attempts/{id}/submission}, expected 201; the request timed on its own), then starts the next
 * ({@code POST /api/quizzes/{id}/attempts}, expected 201). {@code --double-click-percent} of the
 * submissions go out twice at once over two connections (the answers must be one 201 and one 200),
 * {@code --repeat-percent} once more after the answer (a retry: 200). At the end the staff's list
 * of the quiz's attempts is reconciled with what the generator was answered ({@link
 * AttemptLedger}): any second result or second attempt is a duplicate, and the run fails.
 *
 * <pre>
 * mvn -q -Pbench-quiz-submit process-test-classes -Dbench.learners=200 -Dbench.seconds=30
 * </pre>
 */
public final class QuizSubmissionLoadGenerator {

  private static final List<String> JSON =
      List.of("Content-Type", "application/json", "Accept", "application/json");
  private static final int QUESTIONS = 10;
  private static final int SUBMIT = 0;
  private static final int START = 1;

  private final URI baseUrl;
  private final String adminToken;
  private final int learners;
  private final LoadRun.Settings settings;
  private final int doubleClickPercent;
  private final int repeatPercent;
  private final boolean keepRegistration;
  private final boolean certificate;
  private final Duration timeout;
  private final AttemptLedger ledger = new AttemptLedger();
  private final ExecutorService secondClicks;
  private final List<Long> firstAttempts = new ArrayList<>();

  private QuizSubmissionLoadGenerator(BenchArgs args) {
    baseUrl = args.loopbackUrl("base-url", "http://localhost:9080");
    adminToken = args.string("admin-token", "dev-admin-token");
    learners = args.integer("learners", 200, 1, 500);
    timeout = args.seconds("timeout-seconds", 10, 1);
    settings =
        new LoadRun.Settings(
            learners,
            args.seconds("warmup-seconds", 5, 0),
            args.seconds("seconds", 30, 1),
            args.whole("max-submissions", 1_000_000, 1, 10_000_000),
            timeout);
    doubleClickPercent = args.integer("double-click-percent", 5, 0, 100);
    repeatPercent = args.integer("repeat-percent", 5, 0, 100);
    certificate = args.bool("certificate", false);
    keepRegistration = args.bool("keep-registration", false) || certificate;
    args.requireAllRead();
    secondClicks =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "second-click");
              t.setDaemon(true);
              return t;
            });
  }

  public static void main(String[] args) throws Exception {
    new QuizSubmissionLoadGenerator(BenchArgs.parse(args)).run();
  }

  /** A learner: the browser they work in, a second one for the double click, their session. */
  private record Learner(int n, BenchBrowser browser, BenchBrowser second, String token) {

    List<String> headers() {
      List<String> h = new ArrayList<>(JSON);
      h.add("Authorization");
      h.add("Bearer " + token);
      return h;
    }
  }

  private void run() throws Exception {
    String runId = Long.toString(System.currentTimeMillis(), 36) + new SecureRandom().nextInt(1000);
    List<Learner> people = new ArrayList<>();
    try (CourseLaunches course =
        CourseLaunches.open(baseUrl, adminToken, timeout, runId, keepRegistration)) {
      System.out.println(
          "Registered the generator's platform as registration " + course.registration());
      BenchBrowser teacherBrowser = new BenchBrowser(timeout, true);
      Learner teacher = new Learner(0, teacherBrowser, null, course.instructor(teacherBrowser));
      long quizId = createQuiz(teacher);
      System.out.printf(
          Locale.ROOT, "Created quiz %d in course %s%nQUIZ_ID=%1$d%n", quizId, course.course());
      people.addAll(launchAndStart(course, quizId));
      URI submitStart = URI.create(baseUrl + "/api/quizzes/" + quizId + "/attempts");
      List<Long> openAttempts = List.copyOf(firstAttempts);
      LoadRun.Outcome outcome =
          LoadRun.run(
              settings,
              2,
              w -> flow(people.get(w), openAttempts.get(w), submitStart, new SplittableRandom()));
      report(quizId, outcome);
      List<AttemptLedger.Stored> stored = stored(teacher, quizId);
      AttemptLedger.Reconciliation result = ledger.reconcile(stored);
      reconciliation(result);
      if (certificate) {
        issueCertificate(teacher, people.get(0), firstAttempts.get(0), stored);
      }
      long failed = outcome.failedInAll();
      if (failed > 0 || result.duplicates() > 0 || result.lost() > 0) {
        throw new IllegalStateException(
            failed
                + " flows failed, "
                + result.duplicates()
                + " duplicates, "
                + result.lost()
                + " acknowledged submissions lost: see the report above");
      }
    } finally {
      secondClicks.shutdownNow();
      people.forEach(
          p -> {
            p.browser().close();
            p.second().close();
          });
    }
  }

  /**
   * Launches the learners (8 at a time) and has each start an attempt and save answers; the
   * attempts in progress are kept in {@link #firstAttempts}, in the learners' order.
   */
  private List<Learner> launchAndStart(CourseLaunches course, long quizId) throws Exception {
    long began = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Object[]>> futures = new ArrayList<>();
    URI start = URI.create(baseUrl + "/api/quizzes/" + quizId + "/attempts");
    for (int n = 1; n <= learners; n++) {
      int number = n;
      futures.add(
          pool.submit(
              () -> {
                BenchBrowser browser = new BenchBrowser(timeout, true);
                BenchBrowser second = new BenchBrowser(timeout, false);
                Learner learner =
                    new Learner(number, browser, second, course.learner(number, browser));
                long attempt = startAttempt(learner, start);
                String body = answers(new SplittableRandom(number), false);
                BenchHttp.Response saved =
                    send(
                        learner.browser(),
                        "PUT",
                        URI.create(baseUrl + "/api/attempts/" + attempt + "/answers"),
                        learner.headers(),
                        body,
                        "save");
                expect(saved, 200, "save");
                return new Object[] {learner, attempt};
              }));
    }
    List<Learner> all = new ArrayList<>();
    for (Future<Object[]> f : futures) {
      Object[] done = f.get();
      all.add((Learner) done[0]);
      firstAttempts.add((Long) done[1]);
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
    System.out.printf(
        Locale.ROOT,
        "Launched %d learners into the course; each started an attempt and saved answers (%.1f"
            + " s)%n",
        learners,
        (System.nanoTime() - began) / 1e9);
    return all;
  }

  /**
   * One learner's flow: submit the attempt in progress (timed alone), perhaps twice at once or once
   * more after the answer, then start the next.
   */
  private LoadRun.Flow flow(Learner learner, long first, URI start, SplittableRandom random) {
    long[] attempt = {first};
    return steps -> {
      URI submit = URI.create(baseUrl + "/api/attempts/" + attempt[0] + "/submission");
      String body = answers(random, true);
      boolean doubleClick = random.nextInt(100) < doubleClickPercent;
      Future<BenchHttp.Response> secondClick =
          doubleClick
              ? secondClicks.submit(
                  () -> learner.second().send("POST", submit, learner.headers(), body))
              : null;
      long t0 = System.nanoTime();
      BenchHttp.Response answer =
          send(learner.browser(), "POST", submit, learner.headers(), body, "submit");
      steps[SUBMIT] = System.nanoTime() - t0;
      if (secondClick == null) {
        expect(answer, 201, "submit");
        ledger.submitted(attempt[0], 201);
      } else {
        clicks(attempt[0], answer, secondClick);
      }
      if (random.nextInt(100) < repeatPercent) {
        BenchHttp.Response again =
            send(learner.browser(), "POST", submit, learner.headers(), body, "repeat");
        expect(again, 200, "repeat");
        ledger.submitted(attempt[0], 200);
      }
      long t1 = System.nanoTime();
      attempt[0] = startAttempt(learner, start);
      steps[START] = System.nanoTime() - t1;
    };
  }

  /** A double click: the two answers must be one 201 and one 200, in either order. */
  private void clicks(long attemptId, BenchHttp.Response first, Future<BenchHttp.Response> second)
      throws FlowFailure, InterruptedException {
    BenchHttp.Response other;
    try {
      other = second.get(timeout.toSeconds() * 2, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new FlowFailure("double-click", -1, e.toString());
    }
    for (BenchHttp.Response r : List.of(first, other)) {
      if (r.status() != 200 && r.status() != 201) {
        throw new FlowFailure("double-click", r.status(), excerpt(r.body()));
      }
      ledger.submitted(attemptId, r.status());
    }
    if (first.status() + other.status() != 401) {
      throw new FlowFailure(
          "double-click",
          first.status(),
          "two submissions at once were answered " + first.status() + " and " + other.status());
    }
  }

  private long startAttempt(Learner learner, URI start) throws FlowFailure {
    BenchHttp.Response started =
        send(learner.browser(), "POST", start, learner.headers(), "", "start");
    expect(started, 201, "start");
    long id = id(started.body());
    ledger.started(id);
    return id;
  }

  private long createQuiz(Learner teacher) throws FlowFailure {
    StringBuilder q = new StringBuilder("{\"title\":\"Load test module check\",\"questions\":[");
    for (int i = 1; i <= QUESTIONS; i++) {
      q.append(i == 1 ? "" : ",").append("{\"code\":\"q").append(i).append("\",\"points\":1,");
      if (i <= QUESTIONS / 2) {
        q.append("\"type\":\"TRUE_FALSE\",\"text\":{\"en\":\"Statement ")
            .append(i)
            .append("\",\"kk\":\"Тұжырым ")
            .append(i)
            .append("\"},\"correct\":[\"true\"]");
      } else {
        q.append("\"type\":\"SINGLE_CHOICE\",\"text\":{\"en\":\"Question ")
            .append(i)
            .append("\"},\"choices\":[");
        for (char c = 'a'; c <= 'd'; c++) {
          q.append(c == 'a' ? "" : ",")
              .append("{\"id\":\"")
              .append(c)
              .append("\",\"text\":{\"en\":\"Option ")
              .append(c)
              .append("\"}}");
        }
        q.append("],\"correct\":[\"a\"]");
      }
      q.append(",\"feedbackWrong\":{\"en\":\"Review lecture ").append(i).append("\"}}");
    }
    q.append(
        "],\"settings\":{\"passRule\":{\"kind\":\"PERCENT\",\"value\":60},\"attemptLimit\":0,"
            + "\"cooldownMinutes\":0,\"timeLimitMinutes\":0,\"kept\":\"BEST\","
            + "\"reveal\":\"AFTER_SUBMIT\"}}");
    BenchHttp.Response created =
        send(
            teacher.browser(),
            "POST",
            URI.create(baseUrl + "/api/quizzes"),
            teacher.headers(),
            q.toString(),
            "create-quiz");
    expect(created, 201, "create-quiz");
    return id(created.body());
  }

  /**
   * For the verification benchmark ({@code --certificate=true}): the instructor states the course's
   * certificate and issues it by hand to learner 1 (whom {@code GET /api/certificates/mine} makes
   * known to the course); prints its number. The registration is kept, and with it the certificate.
   */
  private void issueCertificate(
      Learner teacher, Learner learner, long attemptId, List<AttemptLedger.Stored> stored)
      throws FlowFailure {
    URI rules = URI.create(baseUrl + "/api/certificates/rules");
    expect(
        send(
            teacher.browser(),
            "PUT",
            rules,
            teacher.headers(),
            "{\"requiredQuizzes\":[],\"requiredSurveys\":[],\"autoIssue\":false,"
                + "\"title\":\"Топырақтану негіздері\",\"hours\":72,\"credits\":2.5,"
                + "\"competencies\":[\"Soil analysis\",\"Field sampling\"]}",
            "certificate-rules"),
        200,
        "certificate-rules");
    expect(
        send(
            learner.browser(),
            "GET",
            URI.create(baseUrl + "/api/certificates/mine"),
            learner.headers(),
            null,
            "certificate-mine"),
        200,
        "certificate-mine");
    long learnerRef =
        stored.stream().filter(a -> a.id() == attemptId).findFirst().orElseThrow().learnerRef();
    BenchHttp.Response issued =
        send(
            teacher.browser(),
            "POST",
            URI.create(baseUrl + "/api/certificates/course/issue"),
            teacher.headers(),
            "{\"userRef\":" + learnerRef + ",\"reason\":\"verification benchmark\"}",
            "certificate-issue");
    expect(issued, 201, "certificate-issue");
    System.out.println("CERTIFICATE_NUMBER=" + json(issued.body()).getString("number"));
  }

  /** Answers to all 10 questions, about 70 % right; some left out when saving. */
  private static String answers(SplittableRandom random, boolean all) {
    StringBuilder b = new StringBuilder("{\"answers\":{");
    boolean firstOne = true;
    for (int i = 1; i <= QUESTIONS; i++) {
      if (!all && i % 3 == 0) {
        continue;
      }
      boolean right = random.nextInt(100) < 70;
      String value =
          i <= QUESTIONS / 2
              ? (right ? "true" : "false")
              : right ? "a" : String.valueOf((char) ('b' + random.nextInt(3)));
      b.append(firstOne ? "" : ",").append("\"q").append(i).append("\":[\"").append(value);
      b.append("\"]");
      firstOne = false;
    }
    return b.append("}}").toString();
  }

  /** The quiz's attempts as the staff's list shows them, 200 a page. */
  private List<AttemptLedger.Stored> stored(Learner teacher, long quizId) throws FlowFailure {
    List<AttemptLedger.Stored> all = new ArrayList<>();
    // the list is read after the load, when the server may still be busy with its tail
    BenchBrowser patient = new BenchBrowser(Duration.ofSeconds(120), false);
    for (int offset = 0; ; offset += 200) {
      BenchHttp.Response page =
          send(
              patient,
              "GET",
              URI.create(
                  baseUrl + "/api/quizzes/" + quizId + "/attempts?limit=200&offset=" + offset),
              teacher.headers(),
              null,
              "attempt-list");
      expect(page, 200, "attempt-list");
      JsonObject json = json(page.body());
      for (JsonValue v : json.getJsonArray("items")) {
        JsonObject a = v.asJsonObject();
        all.add(
            new AttemptLedger.Stored(
                a.getJsonNumber("id").longValue(),
                a.getJsonNumber("learnerRef").longValue(),
                a.getInt("number"),
                "submitted".equals(a.getString("state"))));
      }
      if (offset + 200 >= json.getJsonNumber("total").longValue()) {
        patient.close();
        return all;
      }
    }
  }

  private void report(long quizId, LoadRun.Outcome outcome) {
    Latency submit = Latency.of(FlowRecorder.sorted(outcome.recorders(), SUBMIT), outcome.window());
    Latency start = Latency.of(FlowRecorder.sorted(outcome.recorders(), START), outcome.window());
    new LoadReport(
            "Kenes quiz submission load test",
            List.of(
                "target           "
                    + baseUrl
                    + ", quiz "
                    + quizId
                    + " (10 questions, no attempt limit); each flow: POST /api/attempts/{id}"
                    + "/submission (expects 201), then POST /api/quizzes/{id}/attempts (201)",
                String.format(
                    Locale.ROOT,
                    "load             %d learners launched into one course, each its own flow"
                        + " and connection; %d %% of submissions double-clicked (two at once),"
                        + " %d %% sent again after the answer",
                    learners,
                    doubleClickPercent,
                    repeatPercent)),
            "flows",
            List.of("submit", "start next"),
            List.of())
        .print(learners, settings.warmup().toSeconds(), outcome);
    System.out.printf(
        Locale.ROOT,
        "SUBMIT %s completed=%d failed=%d learners=%d%nSTART %s%n",
        submit.fields("submissions"),
        submit.count(),
        outcome.failedInAll(),
        learners,
        start.fields("starts"));
  }

  private static void reconciliation(AttemptLedger.Reconciliation r) {
    System.out.printf(
        Locale.ROOT,
        "Reconciliation (whole run, set-up included)%n"
            + "  attempts         %d started by the generator, %d submissions answered 201,"
            + " %d answered 200 (a second click or a repeat)%n"
            + "  stored           %d attempts of the quiz, %d submitted%n"
            + "  duplicates       %d (%d results answered 201 twice, %d attempts with the same"
            + " learner and number, %d attempts nobody started)%n"
            + "  lost             %d answered 201 but not stored submitted; %d stored submitted"
            + " without a 201 (a request that failed after its commit)%n"
            + "DUPLICATES duplicates=%d lost=%d stored=%d submitted=%d acknowledged=%d%n",
        r.started(),
        r.acknowledged(),
        r.answeredAgain(),
        r.stored(),
        r.storedSubmitted(),
        r.duplicates(),
        r.twiceAcknowledged(),
        r.sameNumber(),
        r.notStarted(),
        r.lost(),
        r.submittedUnanswered(),
        r.duplicates(),
        r.lost(),
        r.stored(),
        r.storedSubmitted(),
        r.acknowledged());
  }

  private static BenchHttp.Response send(
      BenchBrowser browser, String method, URI uri, List<String> headers, String body, String step)
      throws FlowFailure {
    try {
      return browser.send(method, uri, headers, body);
    } catch (IOException e) {
      throw new FlowFailure(step, -1, e.getClass().getSimpleName() + " " + e.getMessage());
    }
  }

  private static void expect(BenchHttp.Response response, int status, String step)
      throws FlowFailure {
    if (response.status() != status) {
      throw new FlowFailure(step, response.status(), excerpt(response.body()));
    }
  }

  private static long id(String body) {
    return json(body).getJsonNumber("id").longValue();
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private static String excerpt(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
    return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
  }
}
