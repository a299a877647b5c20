package kz.kenes.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import kz.kenes.analytics.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every foreign key whose parent rows a cascade removes ({@code ON DELETE CASCADE} or {@code SET
 * NULL}) has an index starting with its columns, in the migrated schema of H2 and of PostgreSQL
 * (which, unlike H2, creates none by itself). Without it each removed parent row reads the whole
 * child table: deleting a platform registration with 24,000 learners took 35 s and ran past the
 * statement timeout (V51).
 */
class ForeignKeyIndexTest {

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void everyCascadingForeignKeyHasAnIndexThatStartsWithItsColumns(String kind) throws SQLException {
    TestDatabase database = TestDatabase.ofKind(kind);
    try (Connection c = database.dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      String schema = c.getSchema();
      List<String> cascading = new ArrayList<>();
      List<String> unindexed = new ArrayList<>();
      for (String table : tables(meta, schema)) {
        List<List<String>> indexes = indexes(meta, schema, table);
        for (Map.Entry<String, List<String>> key : cascadingKeys(meta, schema, table).entrySet()) {
          String name = table + " " + key.getValue();
          cascading.add(name);
          if (indexes.stream().noneMatch(index -> startsWith(index, key.getValue()))) {
            unindexed.add(name);
          }
        }
      }
      assertThat(cascading).as("cascading foreign keys found").hasSizeGreaterThan(40);
      assertThat(unindexed).as("cascading foreign keys without an index").isEmpty();
    } finally {
      database.drop();
    }
  }

  /** Whether the index's leading columns are exactly the key's columns, in any order. */
  private static boolean startsWith(List<String> index, List<String> key) {
    return index.size() >= key.size()
        && index.subList(0, key.size()).containsAll(key)
        && key.containsAll(index.subList(0, key.size()));
  }

  private static List<String> tables(DatabaseMetaData meta, String schema) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet r = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (r.next()) {
        tables.add(r.getString("TABLE_NAME"));
      }
    }
    return tables;
  }

  /** The table's foreign keys that cascade or set null, by name, with their columns in order. */
  private static Map<String, List<String>> cascadingKeys(
      DatabaseMetaData meta, String schema, String table) throws SQLException {
    Map<String, List<String>> keys = new TreeMap<>();
    try (ResultSet r = meta.getImportedKeys(null, schema, table)) {
      while (r.next()) {
        int rule = r.getInt("DELETE_RULE");
        if (rule == DatabaseMetaData.importedKeyCascade
            || rule == DatabaseMetaData.importedKeySetNull) {
          keys.computeIfAbsent(r.getString("FK_NAME"), k -> new ArrayList<>())
              .add(lower(r.getString("FKCOLUMN_NAME")));
        }
      }
    }
    return keys;
  }

  /** The table's indexes, each as its columns in order. */
  private static List<List<String>> indexes(DatabaseMetaData meta, String schema, String table)
      throws SQLException {
    Map<String, TreeMap<Short, String>> indexes = new TreeMap<>();
    try (ResultSet r = meta.getIndexInfo(null, schema, table, false, false)) {
      while (r.next()) {
        String name = r.getString("INDEX_NAME");
        if (name != null && r.getString("COLUMN_NAME") != null) {
          indexes
              .computeIfAbsent(name, k -> new TreeMap<>())
              .put(r.getShort("ORDINAL_POSITION"), lower(r.getString("COLUMN_NAME")));
        }
      }
    }
    return indexes.values().stream().map(columns -> List.copyOf(columns.values())).toList();
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
