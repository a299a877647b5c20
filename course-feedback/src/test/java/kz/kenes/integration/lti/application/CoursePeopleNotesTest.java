package kz.kenes.integration.lti.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.integration.lti.persistence.JdbcCoursePeople;
import kz.kenes.integration.lti.persistence.JdbcCoursePeople.Launched;
import kz.kenes.platform.persistence.FakeTransactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A launch's "this person launched from this course" is written behind the request (ADR 0039): only
 * once the launch has committed, in one batch for many launches, not again for a launch with the
 * same role within the hour, and again after a batch that failed.
 */
class CoursePeopleNotesTest {

  private static final LocalDateTime NOW = LocalDateTime.parse("2026-12-07T10:00:00");

  private final List<List<Launched>> batches = new ArrayList<>();
  private final FakeTransactions transactions = new FakeTransactions();
  private LtiCoursePeople people;
  private boolean failing;

  @BeforeEach
  void setUp() {
    people = new LtiCoursePeople();
    people.transactions = transactions;
    people.writer =
        new JdbcCoursePeople() {
          @Override
          public void write(Collection<Launched> launches) {
            if (failing) {
              throw new IllegalStateException("the database is away");
            }
            batches.add(List.copyOf(launches));
          }
        };
  }

  private void launch(long course, long user, KenesRole role, int status) {
    transactions.key = new Object();
    people.record(course, user, role, NOW);
    transactions.end(status);
  }

  @Test
  void writesCommittedLaunchesInOneBatchAndNothingOfARolledBackOne() {
    launch(1, 10, KenesRole.LEARNER, Status.STATUS_COMMITTED);
    launch(1, 11, KenesRole.LEARNER, Status.STATUS_COMMITTED);
    launch(2, 12, KenesRole.INSTRUCTOR, Status.STATUS_ROLLEDBACK);
    assertThat(batches).isEmpty();

    people.flush();
    assertThat(batches).hasSize(1);
    assertThat(batches.get(0))
        .containsExactlyInAnyOrder(
            new Launched(1, 10, "LEARNER", NOW), new Launched(1, 11, "LEARNER", NOW));
  }

  @Test
  void aReturningLaunchWithTheSameRoleWritesNothingAndANewRoleIsWritten() {
    launch(1, 10, KenesRole.LEARNER, Status.STATUS_COMMITTED);
    people.flush();
    launch(1, 10, KenesRole.LEARNER, Status.STATUS_COMMITTED);
    people.flush();
    assertThat(batches).hasSize(1);

    launch(1, 10, KenesRole.INSTRUCTOR, Status.STATUS_COMMITTED);
    people.flush();
    assertThat(batches).hasSize(2);
    assertThat(batches.get(1)).containsExactly(new Launched(1, 10, "INSTRUCTOR", NOW));
  }

  @Test
  void aLaunchWhoseBatchFailedIsWrittenAtItsNextLaunch() {
    launch(1, 10, KenesRole.LEARNER, Status.STATUS_COMMITTED);
    failing = true;
    people.flush();
    assertThat(batches).isEmpty();

    failing = false;
    people.flush();
    assertThat(batches).isEmpty();
    launch(1, 10, KenesRole.LEARNER, Status.STATUS_COMMITTED);
    people.flush();
    assertThat(batches).containsExactly(List.of(new Launched(1, 10, "LEARNER", NOW)));
  }

  @Test
  void aRecordOutsideATransactionIsQueuedAtOnce() {
    people.record(3, 30, KenesRole.ADMIN, NOW);
    people.flush();
    assertThat(batches).containsExactly(List.of(new Launched(3, 30, "ADMIN", NOW)));
  }
}
