package kz.kenes.identity.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Status;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.domain.OpenedSession;
import kz.kenes.identity.domain.SessionDraft;
import kz.kenes.platform.config.MovableClock;
import kz.kenes.platform.config.TestConfigs;
import kz.kenes.platform.persistence.FakeTransactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A session just opened is handed to its first request without a read (ADR 0038): once, only after
 * its transaction committed, and never after this node ended or changed it. Reads that reach the
 * database are counted here (this test's data source refuses them).
 */
class SessionHandOffTest {

  private final FakeTransactions transactions = new FakeTransactions();
  private final AtomicInteger databaseReads = new AtomicInteger();
  private final AtomicLong ids = new AtomicLong(100);
  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T09:00:00Z"));
  private final JpaSessionStore store = new JpaSessionStore();

  @BeforeEach
  void aStoreOverFakes() {
    store.transactions = transactions;
    store.clock = clock;
    store.config = TestConfigs.of(Map.of());
    store.em = entityManager();
    store.dataSource =
        (DataSource)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                  databaseReads.incrementAndGet();
                  throw new IllegalStateException("read from the database");
                });
  }

  private OpenedSession openAndCommit() {
    transactions.key = "tx";
    OpenedSession opened = store.open(draft());
    transactions.end(Status.STATUS_COMMITTED);
    return opened;
  }

  @Test
  void theFirstRequestGetsTheSessionWithoutAReadTheNextReadsIt() {
    OpenedSession opened = openAndCommit();

    assertThat(store.resolve(opened.token())).contains(opened.session());
    assertThat(databaseReads).hasValue(0);

    assertThatThrownBy(() -> store.resolve(opened.token()))
        .hasMessageContaining("read from the database");
    assertThat(databaseReads).as("the second request reads").hasValue(1);
  }

  @Test
  void byIdToo_andTakingItOneWayForgetsTheOther() {
    OpenedSession opened = openAndCommit();

    assertThat(store.resolveById(opened.session().id())).contains(opened.session());
    assertThatThrownBy(() -> store.resolve(opened.token()))
        .isInstanceOf(IllegalStateException.class);
    assertThat(databaseReads).hasValue(1);
  }

  @Test
  void nothingBeforeTheCommitNorAfterARollback() {
    transactions.key = "tx";
    OpenedSession opened = store.open(draft());
    assertThatThrownBy(() -> store.resolve(opened.token()))
        .isInstanceOf(IllegalStateException.class);
    transactions.end(Status.STATUS_ROLLEDBACK);
    assertThatThrownBy(() -> store.resolve(opened.token()))
        .isInstanceOf(IllegalStateException.class);
    assertThat(databaseReads).hasValue(2);
  }

  @Test
  void anEndedOrChangedSessionIsReadFromTheDatabase() {
    OpenedSession ended = openAndCommit();
    OpenedSession relocalised = openAndCommit();
    OpenedSession ofARegistration = openAndCommit();

    store.end(ended.session().id());
    store.changeLocale(relocalised.session().id(), "kk");
    store.endSessionsOf(7L);

    for (OpenedSession opened : List.of(ended, relocalised, ofARegistration)) {
      assertThatThrownBy(() -> store.resolve(opened.token()))
          .isInstanceOf(IllegalStateException.class);
    }
    assertThat(databaseReads).hasValue(3);
  }

  @Test
  void aHandedOffSessionPastItsExpiryOpensNothing() {
    store.config = TestConfigs.of(Map.of("kenes.session.lifetime", "PT5S"));
    OpenedSession opened = openAndCommit();
    clock.advance(Duration.ofSeconds(6));

    assertThat(store.resolve(opened.token())).isEmpty();
    assertThat(databaseReads).hasValue(0);
  }

  private static SessionDraft draft() {
    return new SessionDraft(
        KenesSession.Kind.LTI,
        7L,
        "deployment-1",
        11L,
        12L,
        13L,
        List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"),
        KenesRole.LEARNER,
        null,
        false,
        "en",
        null);
  }

  /** Persist gives the row an id; find finds nothing; bulk deletes delete one row. */
  private EntityManager entityManager() {
    Query delete =
        (Query)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Query.class},
                (proxy, method, args) -> method.getName().equals("executeUpdate") ? 1 : proxy);
    return (EntityManager)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "persist" -> {
                    ((KenesSessionEntity) args[0]).id = ids.incrementAndGet();
                    yield null;
                  }
                  case "find" -> null;
                  case "createQuery" -> delete;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
