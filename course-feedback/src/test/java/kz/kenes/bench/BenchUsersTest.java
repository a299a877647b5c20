package kz.kenes.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BenchUsersTest {

  private static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

  @Test
  void returningVisitsAreTheVirtualUsersLearnerAsBefore() {
    BenchUsers people = BenchUsers.returning();

    BenchUser first = people.forFlow(7);
    BenchUser again = people.forFlow(7);

    assertThat(again).isEqualTo(first);
    assertThat(first.sub()).isEqualTo("bench-user-7");
    assertThat(first.email()).isEqualTo("bench-user-7@example.invalid");
    assertThat(first.course()).isEqualTo("bench-course-2");
    assertThat(first.link()).isEqualTo("bench-link-7");
    assertThat(first.locale()).isEqualTo("ru");
    assertThat(first.roles()).containsExactly(LEARNER);
    assertThat(people.firstVisits()).isZero();
  }

  @Test
  void everyFirstVisitIsSomeoneNewAcrossWorkersAndRuns() throws InterruptedException {
    BenchUsers run = BenchUsers.firstVisits("run1", 0);
    BenchUsers nextRun = BenchUsers.firstVisits("run2", 0);
    Set<String> subs = ConcurrentHashMap.newKeySet();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < 8; w++) {
      int virtualUser = w;
      Thread worker =
          new Thread(
              () -> {
                for (int i = 0; i < 1000; i++) {
                  subs.add(run.forFlow(virtualUser).sub());
                }
              });
      worker.start();
      workers.add(worker);
    }
    for (Thread t : workers) {
      t.join();
    }
    Set<String> next = new HashSet<>();
    IntStream.range(0, 1000).forEach(i -> next.add(nextRun.forFlow(i % 8).sub()));

    assertThat(subs).hasSize(8000);
    assertThat(run.firstVisits()).isEqualTo(8000);
    assertThat(next).hasSize(1000).doesNotContainAnyElementsOf(subs);
    assertThat(subs).noneMatch(s -> s.startsWith("bench-user-"));
  }

  @Test
  void firstVisitsKeepTheRoleMixCoursesAndLinks() {
    BenchUsers people = BenchUsers.firstVisits("r", 0);
    List<BenchUser> hundred = IntStream.range(0, 100).mapToObj(i -> people.forFlow(0)).toList();

    assertThat(hundred).filteredOn(u -> u.roles().equals(List.of(LEARNER))).hasSize(80);
    assertThat(hundred).filteredOn(u -> u.roles().size() == 2).hasSize(5);
    assertThat(hundred.stream().map(BenchUser::course).distinct()).hasSize(5);
    assertThat(hundred.stream().map(BenchUser::link).distinct()).hasSize(10);
    assertThat(hundred.get(0).sub()).isEqualTo("bench-r-0");
    assertThat(hundred.get(0).email()).isEqualTo("bench-r-0@example.invalid");
  }

  @Test
  void newCoursesEveryNFlowsGiveEachBlockACourseAndLinkOfItsOwn() {
    BenchUsers people = BenchUsers.firstVisits("r", 25);
    List<BenchUser> flows = IntStream.range(0, 100).mapToObj(i -> people.forFlow(i)).toList();

    assertThat(flows.stream().map(BenchUser::course).distinct())
        .containsExactly(
            "bench-new-course-0", "bench-new-course-1", "bench-new-course-2", "bench-new-course-3");
    assertThat(flows.subList(25, 50)).allMatch(u -> u.link().equals("bench-new-link-1"));
  }
}
