/**
 * What an operator scrapes at {@code /metrics} besides Liberty's own figures: Kenes's counters and
 * gauges, named and described once in {@link kz.kenes.platform.metrics.KenesMetrics}, on
 * MicroProfile Metrics. The parts of Kenes where the events happen call it (a launch accepted or
 * refused, a response submitted); a gauge whose figure lives in a context's tables is read through
 * a supplier that context registers ({@link kz.kenes.platform.metrics.KenesMetrics#gauge}), so this
 * package depends on nothing else in Kenes. See docs/configuration.md, "Metrics".
 */
package kz.kenes.platform.metrics;
