package kz.kenes.survey.persistence;

import kz.kenes.analytics.persistence.TestDatabase;

/** The round guard on an in-memory H2 migrated by Flyway ({@code FOR UPDATE}). */
class H2RoundGuardTest extends RoundGuardContract {

  @Override
  TestDatabase open() {
    return TestDatabase.h2();
  }
}
