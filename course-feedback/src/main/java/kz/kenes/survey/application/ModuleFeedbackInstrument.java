package kz.kenes.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import kz.kenes.survey.domain.Instrument;
import kz.kenes.survey.domain.InstrumentCodeTaken;
import kz.kenes.survey.domain.InstrumentDefinition;
import kz.kenes.survey.domain.InstrumentRepository;
import kz.kenes.survey.domain.InstrumentVersion;

/**
 * The instruments modules are rated with: learners' (code {@value
 * InstrumentLibrary#MODULE_FEEDBACK}) and outsiders' through a module feedback link (code {@value
 * InstrumentLibrary#MODULE_FEEDBACK_OUTSIDER}), each installed from the starter library the first
 * time it is needed. Administrators edit them as any instrument; an edit after the first rating
 * makes a new version, and each rating keeps the version it was answered with.
 */
@ApplicationScoped
public class ModuleFeedbackInstrument {

  @Inject InstrumentRepository instruments;
  @Inject InstrumentService service;
  @Inject InstrumentLibrary library;

  /** The current version of the learners' module feedback instrument. */
  public InstrumentVersion current() {
    return current(InstrumentLibrary.MODULE_FEEDBACK, library::moduleFeedback);
  }

  /** The current version of the outsiders' module feedback instrument. */
  public InstrumentVersion outsiders() {
    return current(InstrumentLibrary.MODULE_FEEDBACK_OUTSIDER, library::moduleFeedbackOutsider);
  }

  private InstrumentVersion current(String code, Supplier<InstrumentDefinition> definition) {
    return instruments.findByCode(code).orElseGet(() -> install(code, definition)).current();
  }

  private Instrument install(String code, Supplier<InstrumentDefinition> definition) {
    try {
      return service.create(definition.get());
    } catch (InstrumentCodeTaken installedMeanwhile) {
      return instruments.findByCode(code).orElseThrow();
    }
  }
}
