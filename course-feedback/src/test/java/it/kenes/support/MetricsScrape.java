package it.kenes.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of {@code /metrics} (the Prometheus text format Liberty serves), read as series: a
 * name, its labels and a value. Counters that have not counted yet are absent; {@link #sum} reads
 * them as 0.
 */
public final class MetricsScrape {

  private static final Pattern SERIES =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})?\\s+(\\S+)");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"([^\"]*)\"");

  /** A series: its name, labels and value. */
  public record Series(String name, Map<String, String> labels, double value) {}

  private final String text;
  private final List<Series> series;

  private MetricsScrape(String text, List<Series> series) {
    this.text = text;
    this.series = series;
  }

  /** Scrapes Kenes's {@code /metrics} in the Prometheus text format; fails unless it is 200. */
  public static MetricsScrape take() {
    HttpAnswer answer = Http.get("/metrics", "Accept", "text/plain");
    assertThat(answer.status()).as("GET /metrics: %s", answer).isEqualTo(200);
    return parse(answer.body());
  }

  public static MetricsScrape parse(String text) {
    List<Series> series = new ArrayList<>();
    for (String line : text.split("\n")) {
      Matcher m = SERIES.matcher(line.strip());
      if (line.startsWith("#") || !m.find()) {
        continue;
      }
      Map<String, String> labels = new LinkedHashMap<>();
      if (m.group(2) != null) {
        Matcher label = LABEL.matcher(m.group(2));
        while (label.find()) {
          labels.put(label.group(1), label.group(2));
        }
      }
      series.add(new Series(m.group(1), labels, Double.parseDouble(m.group(3))));
    }
    return new MetricsScrape(text, series);
  }

  /** The sum of the series of this name that carry these labels (name, value, …); 0 if none. */
  public double sum(String name, String... labels) {
    return matching(name, labels).stream().mapToDouble(Series::value).sum();
  }

  /** The value of the one series of this name with these labels, if it is there. */
  public OptionalDouble value(String name, String... labels) {
    List<Series> found = matching(name, labels);
    assertThat(found).as("series %s %s", name, List.of(labels)).hasSizeLessThanOrEqualTo(1);
    return found.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(found.get(0).value());
  }

  public List<Series> matching(String name, String... labels) {
    List<Series> found = new ArrayList<>();
    for (Series s : series) {
      if (s.name().equals(name) && carries(s, labels)) {
        found.add(s);
      }
    }
    return found;
  }

  /** The scrape as Kenes sent it. */
  public String text() {
    return text;
  }

  private static boolean carries(Series s, String... labels) {
    for (int i = 0; i + 1 < labels.length; i += 2) {
      if (!labels[i + 1].equals(s.labels().get(labels[i]))) {
        return false;
      }
    }
    return true;
  }
}
