package kz.kenes.bench;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Who launches at each flow ({@code --visits}): with {@code returning}, the learner of the virtual
 * user, the same at each of its flows (as before this option existed); with {@code first}, a person
 * Kenes has never seen at every flow, its {@code sub} made of the run id and a counter shared by
 * all workers, so unique within the run and across runs. First visits keep the returning users'
 * role mix and, by default, their 5 courses and 10 links; with {@code --new-courses-every=N} each
 * block of N consecutive first visits launches into a course and link of its own that no one
 * launched into before (a class on the first day of a new course).
 */
final class BenchUsers {

  private final BenchOptions.Visits visits;
  private final String runId;
  private final int newCoursesEvery;
  private final AtomicLong firstVisits = new AtomicLong();

  private BenchUsers(BenchOptions.Visits visits, String runId, int newCoursesEvery) {
    this.visits = visits;
    this.runId = runId;
    this.newCoursesEvery = newCoursesEvery;
  }

  static BenchUsers of(BenchOptions options, String runId) {
    return new BenchUsers(options.visits(), runId, options.newCoursesEvery());
  }

  static BenchUsers returning() {
    return new BenchUsers(BenchOptions.Visits.RETURNING, "", 0);
  }

  static BenchUsers firstVisits(String runId, int newCoursesEvery) {
    if (runId.isEmpty() || newCoursesEvery < 0) {
      throw new IllegalArgumentException("a run id and newCoursesEvery >= 0 are needed");
    }
    return new BenchUsers(BenchOptions.Visits.FIRST, runId, newCoursesEvery);
  }

  /** Who launches in the next flow of virtual user {@code virtualUser}. Thread-safe. */
  BenchUser forFlow(int virtualUser) {
    if (visits == BenchOptions.Visits.RETURNING) {
      return BenchUser.returning(virtualUser);
    }
    long n = firstVisits.getAndIncrement();
    String id = runId + "-" + n;
    boolean newCourse = newCoursesEvery > 0;
    return new BenchUser(
        "bench-" + id,
        "Bench Learner " + id,
        n,
        newCourse ? "bench-new-course-" + n / newCoursesEvery : "bench-course-" + n % 5,
        newCourse ? "bench-new-link-" + n / newCoursesEvery : "bench-link-" + n % 10);
  }

  /** First visits handed out so far (0 with returning visits). */
  long firstVisits() {
    return firstVisits.get();
  }

  /** One line for the report's header. */
  String describe() {
    if (visits == BenchOptions.Visits.RETURNING) {
      return "returning: each virtual user is one learner, the same at each of its flows";
    }
    return "first: a person Kenes has never seen at every flow (new sub), same role mix, "
        + (newCoursesEvery > 0
            ? "a new course and link every " + newCoursesEvery + " flows"
            : "the 5 courses and 10 links of the run");
  }
}
