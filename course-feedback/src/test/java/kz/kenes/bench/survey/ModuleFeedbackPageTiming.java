package kz.kenes.bench.survey;

import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.LtiRoles;
import it.kenes.support.Programs;
import it.kenes.support.TestPlatform;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import kz.kenes.bench.BenchArgs;
import kz.kenes.lti.LtiClaims;

/**
 * Times the module feedback pages over HTTP on the benchmark data (docs/performance.md, "Module
 * feedback: 1,000,000 ratings"), one request at a time: the instructor's module page ({@code
 * /app/course/module-feedback?module=}) of a course that delivers the module, the administrator's
 * program overview page ({@code /app/admin/module-feedback}) and its JSON ({@code
 * /api/module-feedback/overview}). It registers a test platform for the module's university,
 * launches an instructor and an institution administrator into a new course, makes the course
 * deliver the module, then requests each page {@code --warmup} times unmeasured and {@code --runs}
 * times measured, and prints the median, p90 and maximum in ms. The platform registration (with its
 * course and sessions) is removed at the end. The server is the one of {@code -Dkenes.it.base-url}
 * (and {@code -Dkenes.it.admin-token}).
 *
 * <pre>
 * mvn -q -o exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=kz.kenes.bench.survey.ModuleFeedbackPageTiming \
 *   -Dkenes.it.base-url=http://localhost:9180 \
 *   -Dexec.args="--university-id=… --program-id=… --module-code=M1 --module-id=…"
 * </pre>
 */
public final class ModuleFeedbackPageTiming {

  private ModuleFeedbackPageTiming() {}

  public static void main(String[] arguments) {
    BenchArgs args = BenchArgs.parse(arguments);
    long university = args.whole("university-id", 0, 1, Long.MAX_VALUE);
    long program = args.whole("program-id", 0, 1, Long.MAX_VALUE);
    long module = args.whole("module-id", 0, 1, Long.MAX_VALUE);
    String code = args.string("module-code", "M1");
    int warmup = args.integer("warmup", 5, 0, 1000);
    int runs = args.integer("runs", 21, 1, 1000);
    args.requireAllRead();
    try (TestPlatform platform = TestPlatform.registerFor(university)) {
      String course = "bench-course-" + System.currentTimeMillis();
      String instructor = launch(platform, LtiRoles.INSTRUCTOR, course, "bench-teacher");
      Programs.deliver(AdminApi.asAdmin(), Http.contextRef(instructor), program, code);
      String admin = launch(platform, LtiRoles.INSTITUTION_ADMINISTRATOR, course, "bench-admin");
      String teacherKt = Http.pageReference(instructor);
      String adminKt = Http.pageReference(admin);
      System.out.printf(
          Locale.ROOT,
          "module %d, %d warm-up then %d runs each; load: %s%n",
          module,
          warmup,
          runs,
          load());
      time(
          "instructor's module page",
          "/app/course/module-feedback?lang=kk&module=" + module + "&kt=" + teacherKt,
          null,
          warmup,
          runs);
      time(
          "program overview page",
          "/app/admin/module-feedback?lang=kk&kt=" + adminKt,
          null,
          warmup,
          runs);
      time("program overview JSON", "/api/module-feedback/overview", admin, warmup, runs);
      System.out.printf(Locale.ROOT, "load after: %s%n", load());
    }
  }

  private static String launch(TestPlatform platform, String role, String course, String who) {
    String subject = who + "-" + System.nanoTime();
    return platform
        .launchIntoCourse(
            role,
            course,
            t ->
                t.with(LtiClaims.SUB, subject)
                    .with(LtiClaims.RESOURCE_LINK, Map.of("id", "l-" + subject, "title", "Bench")))
        .sessionToken();
  }

  private static void time(String name, String path, String bearer, int warmup, int runs) {
    double[] millis = new double[runs];
    for (int i = -warmup; i < runs; i++) {
      long start = System.nanoTime();
      HttpAnswer answer =
          bearer == null
              ? Http.get(path, "Accept", "text/html")
              : Http.get(path, "Accept", "application/json", "Authorization", "Bearer " + bearer);
      long took = System.nanoTime() - start;
      if (answer.status() != 200) {
        throw new IllegalStateException(name + " answered " + answer.status() + ": " + answer);
      }
      if (i >= 0) {
        millis[i] = took / 1e6;
      }
    }
    Arrays.sort(millis);
    System.out.printf(
        Locale.ROOT,
        "%-26s p50 %8.1f ms   p90 %8.1f ms   max %8.1f ms%n",
        name,
        millis[(runs - 1) / 2],
        millis[(int) Math.ceil(runs * 0.9) - 1],
        millis[runs - 1]);
  }

  private static String load() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
