package kz.kenes.analytics.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The report's SQL on PostgreSQL, in a fresh schema dropped afterwards; skipped when no PostgreSQL
 * answers at {@value TestDatabase#PG_URL}.
 */
class PostgresReportQueriesTest extends ReportQueriesContract {

  @Override
  TestDatabase open() {
    assumeTrue(
        TestDatabase.postgresAvailable(), "PostgreSQL is not running at " + TestDatabase.PG_URL);
    return TestDatabase.postgres();
  }
}
