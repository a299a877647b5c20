package kz.kenes.survey.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where instruments and their versions are kept. */
public interface InstrumentRepository {

  Optional<Instrument> find(long id);

  Optional<Instrument> findByCode(String code);

  /** A page of the instruments, by code. */
  List<Instrument> findAll(int offset, int limit);

  long count();

  /** Whether any round asked this instrument version and holds a response, draft or not. */
  boolean isAnswered(long versionId);

  /** Stores a new instrument. */
  Instrument store(Instrument instrument);

  /**
   * Edits an instrument with a definition already validated, in one transaction: a new version when
   * a round holds responses on the current one, else the current version rewritten.
   */
  Instrument edit(long instrumentId, InstrumentDefinition definition, Instant now);
}
