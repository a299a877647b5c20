package kz.kenes.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

  final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  final AtomicBoolean databaseUp = new AtomicBoolean(true);
  final AtomicInteger connects = new AtomicInteger();
  DatabaseOutage outage;

  @BeforeEach
  void setUp() {
    outage = new DatabaseOutage(nanos::get);
    outage.dataSource = dataSource();
  }

  @Test
  void requestsPassWhileNoOutageIsKnownWithoutTouchingTheDatabase() {
    assertThat(outage.refuses()).isFalse();
    assertThat(connects).hasValue(0);
  }

  @Test
  void afterAFailureRequestsAreRefusedAtOnceUntilTheNextProbeIsDue() {
    databaseUp.set(false);
    outage.failed(new SQLNonTransientConnectionException("refused", "08001"));

    assertThat(outage.refuses()).isTrue();
    advance(1_900);
    assertThat(outage.refuses()).isTrue();
    assertThat(connects).as("no request waits for a connection meanwhile").hasValue(0);
  }

  @Test
  void oneProbeEveryTwoSecondsAndTheFirstThatReachesTheDatabaseEndsTheOutage() {
    databaseUp.set(false);
    outage.failed(new SQLNonTransientConnectionException("refused", "08001"));

    advance(2_000);
    assertThat(outage.refuses()).as("the probe fails: still out").isTrue();
    assertThat(connects).hasValue(1);
    assertThat(outage.refuses()).as("the next probe is 2 s later").isTrue();
    assertThat(connects).hasValue(1);

    databaseUp.set(true);
    advance(2_000);
    assertThat(outage.refuses()).as("the probe reaches it: served").isFalse();
    assertThat(outage.isOut()).isFalse();
    assertThat(outage.refuses()).isFalse();
    assertThat(connects).hasValue(2);
  }

  @Test
  void aProbeThatFindsTheDatabaseGoneStartsTheOutage() {
    databaseUp.set(false);
    assertThat(outage.probe()).isFalse();
    assertThat(outage.isOut()).isTrue();
    databaseUp.set(true);
    assertThat(outage.probe()).isTrue();
    assertThat(outage.isOut()).isFalse();
  }

  private void advance(long millis) {
    nanos.addAndGet(millis * 1_000_000L);
  }

  private DataSource dataSource() {
    Connection connection =
        (Connection)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "isValid" -> databaseUp.get();
                      case "close" -> null;
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    return (DataSource)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("getConnection")) {
                throw new UnsupportedOperationException(method.getName());
              }
              connects.incrementAndGet();
              if (!databaseUp.get()) {
                throw new SQLException("Connection refused", "08001");
              }
              return connection;
            });
  }
}
