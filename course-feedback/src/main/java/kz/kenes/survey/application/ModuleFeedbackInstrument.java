package kz.kenes.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.kenes.survey.domain.Instrument;
import kz.kenes.survey.domain.InstrumentCodeTaken;
import kz.kenes.survey.domain.InstrumentRepository;
import kz.kenes.survey.domain.InstrumentVersion;

/**
 * The instrument modules are rated with: the instrument of code {@value
 * InstrumentLibrary#MODULE_FEEDBACK}, installed from the starter library the first time it is
 * needed. Administrators edit it as any instrument; an edit after the first rating makes a new
 * version, and each rating keeps the version it was answered with.
 */
@ApplicationScoped
public class ModuleFeedbackInstrument {

  @Inject InstrumentRepository instruments;
  @Inject InstrumentService service;
  @Inject InstrumentLibrary library;

  /** The current version of the module feedback instrument. */
  public InstrumentVersion current() {
    return instruments
        .findByCode(InstrumentLibrary.MODULE_FEEDBACK)
        .orElseGet(this::install)
        .current();
  }

  private Instrument install() {
    try {
      return service.create(library.moduleFeedback());
    } catch (InstrumentCodeTaken installedMeanwhile) {
      return instruments.findByCode(InstrumentLibrary.MODULE_FEEDBACK).orElseThrow();
    }
  }
}
