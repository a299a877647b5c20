package kz.kenes.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlDialectTest {

  @Test
  void namesFromJdbcMetadataAndEclipseLinkPlatforms() {
    assertThat(SqlDialect.named("PostgreSQL")).isEqualTo(SqlDialect.POSTGRESQL);
    assertThat(SqlDialect.named("PostgreSQLPlatform")).isEqualTo(SqlDialect.POSTGRESQL);
    assertThat(SqlDialect.named("H2")).isEqualTo(SqlDialect.H2);
    assertThat(SqlDialect.named("H2Platform")).isEqualTo(SqlDialect.H2);
  }
}
