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
 * Load generator for module ratings (docs/performance.md, "Module feedback: 1,000,000 ratings"): it
 * makes one module feedback link of the program {@code --program-id} for employers through the
 * admin API ({@code POST /api/module-feedback/links}, every module of the program, {@code maxUses}
 * the run's maximum), reads the modules the link asks about, then posts ratings to {@code POST
 * /api/module-feedback/invitations/{token}/modules/{moduleId}/rating} at a fixed concurrency for a
 * bounded time: each a new respondent ({@code submissionId}) rating a module drawn at random with
 * the three scale items of the outsiders' form and, for one in ten, an open answer. Each must
 * answer 201. A rating takes the same write as a learner's ({@code ModuleRatingRepository.store}:
 * the rating, its answer rows and the overview's summary row) plus the link's use. The link is
 * revoked at the end; the ratings stay.
 *
 * <pre>
 * mvn -q -Pbench-module-ratings process-test-classes -Dbench.programId=… -Dbench.concurrency=10
 * </pre>
 */
public final class ModuleRatingLoadGenerator {

  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final Pattern MODULE_ID = Pattern.compile("\"moduleId\"\\s*:\\s*(\\d+)");
  private static final int MAX_USES = 100_000;
  private static final List<String> SUBMIT_HEADERS =
      List.of("Content-Type", "application/json", "Accept", "application/json");

  private final URI baseUrl;
  private final String adminToken;
  private final long programId;
  private final boolean returning;
  private final LoadRun.Settings settings;
  private final HttpClient http;
  private final BenchHttp submitter;

  private ModuleRatingLoadGenerator(BenchArgs args) {
    baseUrl = args.loopbackUrl("base-url", "http://localhost:9080");
    adminToken = args.string("admin-token", "dev-admin-token");
    programId = args.whole("program-id", 0, 1, Long.MAX_VALUE);
    String mode = args.string("mode", "new");
    if (!mode.equals("new") && !mode.equals("returning")) {
      throw new IllegalArgumentException("--mode is new or returning, not " + mode);
    }
    returning = mode.equals("returning");
    Duration timeout = args.seconds("timeout-seconds", 10, 1);
    settings =
        new LoadRun.Settings(
            args.integer("concurrency", 10, 1, 500),
            args.seconds("warmup-seconds", 5, 0),
            args.seconds("seconds", 30, 1),
            args.whole("max-submissions", MAX_USES, 1, MAX_USES),
            timeout);
    args.requireAllRead();
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .build();
    submitter = new BenchHttp(timeout);
  }

  public static void main(String[] args) throws Exception {
    new ModuleRatingLoadGenerator(BenchArgs.parse(args)).run();
  }

  private void run() throws Exception {
    URI links = URI.create(baseUrl + "/api/module-feedback/links");
    HttpResponse<String> created =
        http.send(
            admin(links)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        String.format(
                            Locale.ROOT,
                            "{\"programId\":%d,\"group\":\"employer\",\"maxUses\":%d,"
                                + "\"label\":\"load test %d\"}",
                            programId,
                            settings.maxFlows(),
                            System.currentTimeMillis())))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 201) {
      throw new IllegalStateException(
          links + " answered " + created.statusCode() + ": " + created.body());
    }
    long linkId = Long.parseLong(match(ID, created.body()));
    String token = match(TOKEN, created.body());
    try {
      List<URI> targets = new ArrayList<>();
      for (long module : modules(token)) {
        targets.add(
            URI.create(
                baseUrl
                    + "/api/module-feedback/invitations/"
                    + token
                    + "/modules/"
                    + module
                    + "/rating"));
      }
      System.out.printf(
          Locale.ROOT,
          "Created module feedback link %d of program %d (%d modules, %d uses)%n",
          linkId,
          programId,
          targets.size(),
          settings.maxFlows());
      // respondents (submission ids) new to every run: a second run on the same data must not
      // send the first run's ids with its own new link (409)
      long run = new java.security.SecureRandom().nextLong();
      LoadRun.Outcome outcome =
          LoadRun.run(settings, 1, w -> rating(targets, new SplittableRandom(run + w)));
      report(targets.size()).print(settings.concurrency(), settings.warmup().toSeconds(), outcome);
      if (outcome.failedInAll() > 0) {
        throw new IllegalStateException(
            outcome.failedInAll() + " ratings failed, see the report above");
      }
    } finally {
      HttpResponse<String> revoked =
          http.send(
              admin(URI.create(links + "/" + linkId + "/revoke"))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      System.out.println("Revoked link " + linkId + " (HTTP " + revoked.statusCode() + ")");
    }
  }

  /** The ids of the modules the link asks about. */
  private List<Long> modules(String token) throws IOException, InterruptedException {
    HttpResponse<String> link =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(baseUrl + "/api/module-feedback/invitations/" + token))
                .header("Accept", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    List<Long> ids = new ArrayList<>();
    Matcher m = MODULE_ID.matcher(link.body());
    while (m.find()) {
      ids.add(Long.parseLong(m.group(1)));
    }
    if (link.statusCode() != 200 || ids.isEmpty()) {
      throw new IllegalStateException("the link's modules: " + link.statusCode() + link.body());
    }
    return ids;
  }

  /**
   * One worker's flow. {@code --mode=new}: a new respondent rates a module drawn at random,
   * expected 201; each takes one use of the link, which the link's row serialises. {@code
   * --mode=returning}: the worker is one respondent who rates the modules in turn, 201 for a module
   * not rated yet and 200 for a change: the rating's own write (rating, answers, summary) without
   * the link's use, as a learner's rating is.
   */
  private LoadRun.Flow rating(List<URI> targets, SplittableRandom random) {
    String respondent = new UUID(random.nextLong(), random.nextLong()).toString();
    int[] next = {random.nextInt(targets.size())};
    return steps -> {
      URI target =
          returning
              ? targets.get(next[0]++ % targets.size())
              : targets.get(random.nextInt(targets.size()));
      String submissionId =
          returning ? respondent : new UUID(random.nextLong(), random.nextLong()).toString();
      StringBuilder body = new StringBuilder(200);
      body.append("{\"submissionId\":\"").append(submissionId).append("\",\"answers\":{");
      for (int item = 1; item <= 3; item++) {
        body.append(item == 1 ? "" : ",")
            .append(String.format(Locale.ROOT, "\"O%02d\":%d", item, random.nextInt(4)));
      }
      if (random.nextInt(10) == 0) {
        body.append(",\"O04\":\"Field work with drones, idea ")
            .append(random.nextInt(1000))
            .append('"');
      }
      body.append("}}");
      long start = System.nanoTime();
      int status;
      String detail;
      try {
        BenchHttp.Response response =
            submitter.send("POST", target, SUBMIT_HEADERS, body.toString(), null);
        status = response.status();
        detail = response.body();
      } catch (IOException e) {
        status = -1;
        detail = e.getClass().getSimpleName() + " " + e.getMessage();
      }
      steps[0] = System.nanoTime() - start;
      if (status != 201 && !(returning && status == 200)) {
        throw new FlowFailure("rate", status, detail == null ? "" : detail);
      }
    };
  }

  private HttpRequest.Builder admin(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(settings.requestTimeout())
        .header("Authorization", "Bearer " + adminToken)
        .header("Accept", "application/json");
  }

  private LoadReport report(int modules) {
    return new LoadReport(
        "Kenes module rating load test",
        List.of(
            "target           POST /api/module-feedback/invitations/{token}/modules/{id}/rating,"
                + " 3 scale answers (an open one in ten), expects 201",
            String.format(
                Locale.ROOT,
                "load             concurrency %d, one link of program %d (%d modules), %s",
                settings.concurrency(),
                programId,
                modules,
                returning
                    ? "one respondent per worker rating the modules in turn (201 new, 200 changed)"
                    : "a new respondent each (takes a use of the link)")),
        "ratings",
        List.of("rate"),
        List.of());
  }

  private static String match(Pattern pattern, String body) {
    Matcher m = pattern.matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("no " + pattern + " in the answer: " + body);
    }
    return m.group(1);
  }
}
