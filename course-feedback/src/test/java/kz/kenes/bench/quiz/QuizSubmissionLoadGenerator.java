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
import java.util.concurrent.atomic.AtomicLong;
import kz.kenes.bench.BenchBrowser;
import kz.kenes.bench.BenchHttp;
import kz.kenes.bench.CourseLaunches;
import kz.kenes.bench.CpuMeter;
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
 * <p>That is the closed mode ({@code --mode=closed}, the default): as many requests in flight as
 * learners, so on a small machine a submission's latency is mostly its place in the queue. {@code
 * --mode=open} has each learner act at a learner's pace instead ({@link Pace}: a think time or a
 * rate): submit, think, start the next attempt, think, save answers, think, submit… Every action
 * goes out when the learner's {@link LearnerSchedule} says it is due, whether or not the server
 * kept up ({@link OpenLoop}, a bounded pool of senders), and its latency counts from that due time
 * ({@link DueTimes}); the report adds the intended and achieved rates and how many actions went out
 * late, and by how much.
 *
 * <pre>
 * mvn -q -Pbench-quiz-submit process-test-classes -Dbench.learners=200 -Dbench.seconds=30
 * mvn -q -Pbench-quiz-submit process-test-classes -Dbench.mode=open -Dbench.thinkSeconds=5
 * </pre>
 */
public final class QuizSubmissionLoadGenerator {

  private static final List<String> JSON =
      List.of("Content-Type", "application/json", "Accept", "application/json");
  private static final int QUESTIONS = 10;
  private static final int SUBMIT = 0;
  private static final int START = 1;
  private static final int SAVE = 2;

  private final QuizBenchOptions options;
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

  private QuizSubmissionLoadGenerator(QuizBenchOptions options) {
    this.options = options;
    baseUrl = options.baseUrl();
    adminToken = options.adminToken();
    learners = options.learners();
    timeout = options.timeout();
    settings =
        new LoadRun.Settings(
            learners, options.warmup(), options.measured(), options.maxSubmissions(), timeout);
    doubleClickPercent = options.doubleClickPercent();
    repeatPercent = options.repeatPercent();
    certificate = options.certificate();
    keepRegistration = options.keepRegistration();
    secondClicks =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "second-click");
              t.setDaemon(true);
              return t;
            });
  }

  public static void main(String[] args) throws Exception {
    new QuizSubmissionLoadGenerator(QuizBenchOptions.parse(args)).run();
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
      long failed;
      if (options.pace().isPresent()) {
        failed = runOpen(quizId, options.pace().get(), people, openAttempts, submitStart);
      } else {
        LoadRun.Outcome outcome =
            LoadRun.run(
                settings,
                2,
                w -> flow(people.get(w), openAttempts.get(w), submitStart, new SplittableRandom()));
        report(quizId, outcome);
        failed = outcome.failedInAll();
      }
      List<AttemptLedger.Stored> stored = stored(teacher, quizId);
      AttemptLedger.Reconciliation result = ledger.reconcile(stored);
      reconciliation(result);
      if (certificate) {
        issueCertificate(teacher, people.get(0), firstAttempts.get(0), stored);
      }
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
                save(learner, attempt, new SplittableRandom(number));
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
      long t0 = System.nanoTime();
      steps[SUBMIT] = submit(learner, attempt[0], random) - t0;
      long t1 = System.nanoTime();
      attempt[0] = startAttempt(learner, start);
      steps[START] = System.nanoTime() - t1;
    };
  }

  /**
   * Submits attempt {@code attemptId} with all answers, perhaps twice at once (a double click), and
   * returns the {@link System#nanoTime()} its answer was read at; then perhaps once more (a repeat,
   * not timed).
   */
  private long submit(Learner learner, long attemptId, SplittableRandom random)
      throws FlowFailure, InterruptedException {
    URI submit = URI.create(baseUrl + "/api/attempts/" + attemptId + "/submission");
    String body = answers(random, true);
    boolean doubleClick = random.nextInt(100) < doubleClickPercent;
    Future<BenchHttp.Response> secondClick =
        doubleClick
            ? secondClicks.submit(
                () -> learner.second().send("POST", submit, learner.headers(), body))
            : null;
    BenchHttp.Response answer =
        send(learner.browser(), "POST", submit, learner.headers(), body, "submit");
    long answered = System.nanoTime();
    if (secondClick == null) {
      expect(answer, 201, "submit");
      ledger.submitted(attemptId, 201);
    } else {
      clicks(attemptId, answer, secondClick);
    }
    if (random.nextInt(100) < repeatPercent) {
      BenchHttp.Response again =
          send(learner.browser(), "POST", submit, learner.headers(), body, "repeat");
      expect(again, 200, "repeat");
      ledger.submitted(attemptId, 200);
    }
    return answered;
  }

  /** Saves answers to some of the questions of attempt {@code attemptId} (progress, 200). */
  private void save(Learner learner, long attemptId, SplittableRandom random) throws FlowFailure {
    BenchHttp.Response saved =
        send(
            learner.browser(),
            "PUT",
            URI.create(baseUrl + "/api/attempts/" + attemptId + "/answers"),
            learner.headers(),
            answers(random, false),
            "save");
    expect(saved, 200, "save");
  }

  /**
   * The open mode: each learner, from its attempt in progress, submits, starts the next attempt and
   * saves answers, one action whenever its schedule says, until the measured window ends. Returns
   * the failed actions of the whole run.
   */
  private long runOpen(
      long quizId, Pace pace, List<Learner> people, List<Long> openAttempts, URI start)
      throws InterruptedException {
    long origin = System.nanoTime();
    long measureFrom = origin + settings.warmup().toNanos();
    long end = measureFrom + settings.measured().toNanos();
    DueTimes times = new DueTimes(3, measureFrom, end);
    AtomicLong budget = new AtomicLong(settings.maxFlows());
    SplittableRandom answersSeed = new SplittableRandom(pace.seed() ^ 0x5DEECE66DL);
    List<OpenLoop.Actor> actors = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      actors.add(
          actor(people.get(i), openAttempts.get(i), start, answersSeed.split(), times, budget));
    }
    System.out.printf(
        Locale.ROOT,
        "Running open loop: %d learners, %s, %d senders: %d s warm-up, then %d s measured%n",
        learners,
        pace.describe(),
        options.threads(),
        settings.warmup().toSeconds(),
        settings.measured().toSeconds());
    CpuMeter cpu = new CpuMeter();
    Thread meter = meter(cpu, measureFrom, end);
    OpenLoop.Outcome loop =
        OpenLoop.run(
            actors,
            LearnerSchedule.of(pace, learners, origin),
            end,
            options.threads(),
            timeout.multipliedBy(3));
    meter.join();
    reportOpen(quizId, pace, times, loop, cpu.usage());
    if (!loop.errors().isEmpty()) {
      throw new IllegalStateException("actions failed unexpectedly: " + loop.errors());
    }
    return times.failedInAll() + loop.unfinished();
  }

  /** A thread that measures the generator's CPU over the measured window. */
  private static Thread meter(CpuMeter cpu, long from, long until) {
    Thread t =
        new Thread(
            () -> {
              try {
                sleepUntil(from);
                cpu.start();
                sleepUntil(until);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                cpu.stop();
              }
            },
            "cpu-window");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
      TimeUnit.NANOSECONDS.sleep(left);
    }
  }

  /**
   * One learner of the open mode: its next action (submit, start, save, in turn) at the due time it
   * is given; a failed action is recorded and stops the learner (the run fails anyway).
   */
  private OpenLoop.Actor actor(
      Learner learner,
      long first,
      URI start,
      SplittableRandom random,
      DueTimes times,
      AtomicLong budget) {
    long[] attempt = {first};
    int[] next = {SUBMIT};
    return due -> {
      int step = next[0];
      long sent = System.nanoTime();
      try {
        long answered;
        if (step == SUBMIT) {
          if (budget.decrementAndGet() < 0) {
            return false;
          }
          answered = submit(learner, attempt[0], random);
          next[0] = START;
        } else if (step == START) {
          attempt[0] = startAttempt(learner, start);
          answered = System.nanoTime();
          next[0] = SAVE;
        } else {
          save(learner, attempt[0], random);
          answered = System.nanoTime();
          next[0] = SUBMIT;
        }
        times.answered(step, new DueTimes.Timing(due, sent, answered));
        return true;
      } catch (FlowFailure f) {
        times.failed(due, f);
        return false;
      }
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

  private void reportOpen(
      long quizId, Pace pace, DueTimes times, OpenLoop.Outcome loop, CpuMeter.Usage cpu) {
    Duration window = settings.measured();
    double seconds = window.toNanos() / 1e9;
    Latency submit = times.latency(SUBMIT, true, window);
    Latency submitSent = times.latency(SUBMIT, false, window);
    Latency start = times.latency(START, true, window);
    Latency save = times.latency(SAVE, true, window);
    DueTimes.Lateness late = times.lateness();
    StringBuilder out = new StringBuilder();
    line(out, "");
    line(out, "Kenes quiz submission load test (open loop)");
    line(
        out,
        "  target           %s, quiz %d (10 questions, no attempt limit); each learner in turn:"
            + " POST /api/attempts/{id}/submission (201), POST /api/quizzes/{id}/attempts (201),"
            + " PUT /api/attempts/{id}/answers (200)",
        baseUrl,
        quizId);
    line(
        out,
        "  load             %d learners launched into one course, each its own connection, an"
            + " action when due: %s between actions; %d sender threads; %d %% of submissions"
            + " double-clicked, %d %% sent again after the answer",
        learners,
        pace.describe(),
        options.threads(),
        doubleClickPercent,
        repeatPercent);
    line(
        out,
        "  machine          %d cores, %s %s, Java %s (generator and server share it)",
        cpu.cores(),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("java.version"));
    line(
        out,
        "  window           actions due in %.1f s measured after %d s warm-up (%d answered in"
            + " the warm-up)",
        seconds,
        settings.warmup().toSeconds(),
        times.outside(SUBMIT) + times.outside(START) + times.outside(SAVE));
    line(out, "Results (latency from when each action was due)");
    line(
        out,
        "  intended         %.1f submissions/s, %.1f actions/s",
        pace.submissionsPerSecond(learners),
        pace.actionsPerSecond(learners));
    line(
        out,
        "  achieved         %.1f submissions/s, %.1f actions/s answered as expected",
        times.completed(SUBMIT) / seconds,
        times.completed() / seconds);
    line(
        out,
        "  failed           %d in the window, %d in all; %d learners stopped; %d actions unfinished"
            + " at the end",
        times.failedInWindow(),
        times.failedInAll(),
        loop.stopped(),
        loop.unfinished());
    times.failuresByKind().forEach((kind, n) -> line(out, "    %-14s %d", kind, n));
    latencyLine(out, "submit", submit);
    latencyLine(out, "  (from send)", submitSent);
    latencyLine(out, "start next", start);
    latencyLine(out, "save answers", save);
    line(
        out,
        "  sent late        %d of %d actions >= 1 ms after due, %d >= 10 ms, %d >= 100 ms;"
            + " p99 %.1f ms, max %.1f ms",
        late.overMs()[0],
        late.actions(),
        late.overMs()[1],
        late.overMs()[2],
        late.p99Ms(),
        late.maxMs());
    line(
        out,
        "Generator CPU (measured window)%n  process CPU time %.0f%% of the machine; machine CPU"
            + " load mean %.0f%%",
        cpu.processShareByCpuTime() * 100,
        cpu.machineLoadMean() * 100);
    if (!times.failureSamples().isEmpty()) {
      line(out, "First failures");
      times.failureSamples().forEach(f -> line(out, "  %s", f));
    }
    line(
        out,
        "SUBMIT %s completed=%d failed=%d learners=%d",
        submit.fields("submissions"),
        submit.count(),
        times.failedInAll() + loop.unfinished(),
        learners);
    line(out, "SUBMIT_FROM_SEND %s", submitSent.fields("submissions"));
    line(out, "START %s", start.fields("starts"));
    line(out, "SAVE %s", save.fields("saves"));
    line(
        out,
        "PACE mode=open think_s=%.2f jitter=%s seed=%d threads=%d intended_submissions_per_s=%.1f"
            + " achieved_submissions_per_s=%.1f intended_actions_per_s=%.1f"
            + " achieved_actions_per_s=%.1f %s",
        pace.meanThinkSeconds(),
        pace.jitter().name().toLowerCase(Locale.ROOT),
        pace.seed(),
        options.threads(),
        pace.submissionsPerSecond(learners),
        times.completed(SUBMIT) / seconds,
        pace.actionsPerSecond(learners),
        times.completed() / seconds,
        late.fields());
    System.out.print(out);
  }

  private static void latencyLine(StringBuilder out, String name, Latency l) {
    line(
        out,
        "  %-16s p50 %.1f  p90 %.1f  p99 %.1f  max %.1f ms (%d)",
        name,
        l.p50(),
        l.p90(),
        l.p99(),
        l.max(),
        l.count());
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
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
        "SUBMIT %s completed=%d failed=%d learners=%d%nSTART %s%nPACE mode=closed"
            + " think_s=0 in_flight=%d%n",
        submit.fields("submissions"),
        submit.count(),
        outcome.failedInAll(),
        learners,
        start.fields("starts"),
        learners);
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
