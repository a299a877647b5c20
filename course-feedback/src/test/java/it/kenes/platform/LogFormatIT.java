package it.kenes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.ServerLog;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The server logs in the format {@code LOG_FORMAT} names (docs/configuration.md): {@code simple},
 * Liberty's lines, or {@code json}, one JSON object a line for a log collector from the moment the
 * server has read its configuration on. The build passes the format it started the server with
 * ({@code kenes.it.log-format}); run the ITs with {@code -Dliberty.var.LOG_FORMAT=json} to check
 * the JSON logs. Skipped when the server's log is not on this machine.
 */
class LogFormatIT {

  @Test
  void messagesLogIsInTheConfiguredFormat() {
    Path log = ServerLog.file().orElse(null);
    Assumptions.assumeTrue(log != null, "the server's log is not on this machine");
    String format = System.getProperty("kenes.it.log-format", "simple");
    List<String> lines = ServerLog.text(log).lines().filter(l -> !l.isBlank()).toList();

    assertThat(lines).isNotEmpty();
    if (format.equals("json")) {
      // Liberty logs its banner and first lines before it reads server.xml (docs/configuration.md)
      List<String> configured = lines.subList(firstJsonLine(lines), lines.size());
      assertThat(configured).allSatisfy(line -> assertThat(json(line)).containsKey("type"));
      assertThat(configured)
          .map(LogFormatIT::json)
          .filteredOn(o -> o.getString("type").equals("liberty_message"))
          .anySatisfy(o -> assertThat(o.getString("message")).startsWith("CWWKF0011I"));
    } else {
      assertThat(lines).noneMatch(line -> line.startsWith("{"));
      assertThat(lines).anyMatch(line -> line.startsWith("[") && line.contains("CWWKF0011I"));
    }
  }

  private static int firstJsonLine(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("{")) {
        return i;
      }
    }
    throw new AssertionError("no JSON line in messages.log");
  }

  private static JsonObject json(String line) {
    try (JsonReader reader = Json.createReader(new StringReader(line))) {
      return reader.readObject();
    }
  }
}
