package kz.kenes.analytics.persistence;

/** The report's SQL on an in-memory H2 migrated by Flyway. */
class H2ReportQueriesTest extends ReportQueriesContract {

  @Override
  TestDatabase open() {
    return TestDatabase.h2();
  }
}
