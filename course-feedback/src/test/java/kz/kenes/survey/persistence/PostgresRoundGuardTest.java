package kz.kenes.survey.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import kz.kenes.analytics.persistence.TestDatabase;

/**
 * The round guard on PostgreSQL ({@code FOR SHARE}), in a fresh schema dropped afterwards; skipped
 * when no PostgreSQL answers at {@value TestDatabase#PG_URL}.
 */
class PostgresRoundGuardTest extends RoundGuardContract {

  @Override
  TestDatabase open() {
    assumeTrue(
        TestDatabase.postgresAvailable(), "PostgreSQL is not running at " + TestDatabase.PG_URL);
    return TestDatabase.postgres();
  }
}
