package kz.kenes.survey.api;

import java.time.Instant;
import java.util.List;
import kz.kenes.survey.domain.Instrument;
import kz.kenes.survey.domain.InstrumentDefinition;
import kz.kenes.survey.domain.InstrumentVersion;

/**
 * An instrument as the API answers it: identity, its versions, and one version's definition (the
 * current one unless another was asked for), in the same JSON that creates and edits it.
 */
public record InstrumentView(
    long id,
    String code,
    String audience,
    int currentVersion,
    List<VersionView> versions,
    int version,
    InstrumentDefinition definition) {

  /** One version: its number and when it was made. */
  public record VersionView(int number, Instant createdAt, int items) {}

  public static InstrumentView of(Instrument instrument) {
    return of(instrument, instrument.current());
  }

  public static InstrumentView of(Instrument instrument, InstrumentVersion shown) {
    return new InstrumentView(
        instrument.id(),
        instrument.code(),
        instrument.audience().orElse(null),
        instrument.currentVersionNumber(),
        instrument.versions().stream()
            .map(v -> new VersionView(v.number(), v.createdAt(), v.items().size()))
            .toList(),
        shown.number(),
        shown.toDefinition());
  }

  /** A line of the instrument list. */
  public record Summary(long id, String code, String audience, int currentVersion) {
    static Summary of(Instrument i) {
      return new Summary(i.id(), i.code(), i.audience().orElse(null), i.currentVersionNumber());
    }
  }
}
