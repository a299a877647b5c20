package kz.kenes.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.survey.domain.Instrument;
import kz.kenes.survey.domain.InstrumentCodeTaken;
import kz.kenes.survey.domain.InstrumentDefinition;
import kz.kenes.survey.domain.InstrumentRepository;
import kz.kenes.survey.domain.InstrumentVersion;
import kz.kenes.survey.domain.InvalidSurveyInput;

/** Authoring instruments: create, edit (versioned once answered), read, install from library. */
@ApplicationScoped
public class InstrumentService {

  @Inject InstrumentRepository instruments;
  @Inject InstrumentLibrary library;
  @Inject Clock clock;

  public Instrument create(InstrumentDefinition definition) {
    require(definition).validate();
    String code = definition.code().strip();
    if (instruments.findByCode(code).isPresent()) {
      throw new InstrumentCodeTaken(code);
    }
    try {
      return instruments.store(new Instrument(definition, clock.instant()));
    } catch (RuntimeException e) {
      if (instruments.findByCode(code).isPresent()) {
        throw new InstrumentCodeTaken(code);
      }
      throw e;
    }
  }

  /** Edits; a new version when the current one has responses (see {@link Instrument#edit}). */
  public Instrument edit(long id, InstrumentDefinition definition) {
    require(definition).validate();
    Instrument instrument = find(id);
    if (!instrument.code().equals(definition.code().strip())) {
      throw InvalidSurveyInput.of(
          "code", "An instrument's code cannot change (it is " + instrument.code() + ").");
    }
    return instruments.edit(id, definition, clock.instant());
  }

  /** Installs a starter instrument from the library under its own code. */
  public Instrument install(String libraryCode) {
    InstrumentDefinition definition =
        library
            .find(libraryCode)
            .orElseThrow(
                () ->
                    new NotFound(
                        "The library has no instrument "
                            + libraryCode
                            + "; it has "
                            + String.join(", ", InstrumentLibrary.CODES)
                            + "."));
    return create(definition);
  }

  public Instrument find(long id) {
    return instruments
        .find(id)
        .orElseThrow(() -> new NotFound("There is no instrument " + id + "."));
  }

  public InstrumentVersion version(long id, int number) {
    Instrument instrument = find(id);
    return instrument
        .version(number)
        .orElseThrow(
            () ->
                new NotFound(
                    "Instrument "
                        + instrument.code()
                        + " has no version "
                        + number
                        + " (its current version is "
                        + instrument.currentVersionNumber()
                        + ")."));
  }

  /** Whether a round holds responses on the current version: an edit then makes a new one. */
  public boolean answered(Instrument instrument) {
    return instruments.isAnswered(instrument.current().id());
  }

  /** Whether an instrument with this code is installed. */
  public boolean installed(String code) {
    return instruments.findByCode(code).isPresent();
  }

  public Listing<Instrument> page(int offset, int limit) {
    return new Listing<>(instruments.findAll(offset, limit), instruments.count(), offset, limit);
  }

  private static InstrumentDefinition require(InstrumentDefinition definition) {
    if (definition == null) {
      throw InvalidSurveyInput.of("body", "Send the instrument as JSON.");
    }
    return definition;
  }
}
