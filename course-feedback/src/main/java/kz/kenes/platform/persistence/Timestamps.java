package kz.kenes.platform.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Conversions between {@link Instant} (the domain's time) and the UTC {@link LocalDateTime} that
 * the {@code timestamp} columns hold: H2 and PostgreSQL agree on that type, not on {@code Instant}.
 */
public final class Timestamps {

  private Timestamps() {}

  /** UTC, cut to microseconds: what both databases keep, so a stored value reads back equal. */
  public static LocalDateTime toColumn(Instant instant) {
    return instant == null
        ? null
        : LocalDateTime.ofInstant(instant, ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  public static Instant fromColumn(LocalDateTime value) {
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }
}
