package kz.kenes.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.program.domain.ProgramModule;
import kz.kenes.survey.domain.Instrument;
import kz.kenes.survey.domain.InstrumentCodeTaken;
import kz.kenes.survey.domain.InstrumentDefinition;
import kz.kenes.survey.domain.InstrumentItem;
import kz.kenes.survey.domain.InstrumentRepository;
import kz.kenes.survey.domain.InstrumentVersion;
import kz.kenes.survey.domain.ModuleFeedbackFormOwner;
import kz.kenes.survey.domain.ModuleFeedbackFormRepository;

/**
 * The instruments modules are rated with: learners' (code {@value
 * InstrumentLibrary#MODULE_FEEDBACK}) and outsiders' through a module feedback link (code {@value
 * InstrumentLibrary#MODULE_FEEDBACK_OUTSIDER}), each installed from the starter library the first
 * time it is needed. Administrators edit them as any instrument; an edit after the first rating
 * makes a new version, and each rating keeps the version it was answered with. A program, or a
 * whole university, may have a learners' instrument of its own ({@link ModuleFeedbackForms}): a
 * module's learners then answer the program's, else the university's, else the default.
 */
@ApplicationScoped
public class ModuleFeedbackInstrument {

  @Inject InstrumentRepository instruments;
  @Inject InstrumentService service;
  @Inject InstrumentLibrary library;
  @Inject ModuleFeedbackFormRepository forms;

  /** The current version of the default learners' module feedback instrument. */
  public InstrumentVersion current() {
    return learnersDefault().current();
  }

  /**
   * The current version of the learners' form of this module: its program's, university's, or the
   * default.
   */
  public InstrumentVersion current(ProgramModule module) {
    EducationalProgram program = module.program();
    return learners(program.id(), program.university().id()).current();
  }

  /**
   * The learners' instrument of a program of this university: its own, the university's, or the
   * default.
   */
  Instrument learners(long programId, long universityId) {
    return own(ModuleFeedbackFormOwner.program(programId))
        .or(() -> own(ModuleFeedbackFormOwner.university(universityId)))
        .orElseGet(this::learnersDefault);
  }

  /** The owner's own learners' instrument, if it has one. */
  Optional<Instrument> own(ModuleFeedbackFormOwner owner) {
    return forms.instrumentOf(owner).flatMap(instruments::find);
  }

  /** The installed instrument of this code. */
  Optional<Instrument> byCode(String code) {
    return instruments.findByCode(code);
  }

  /** The default learners' instrument, installed from the library when first needed. */
  Instrument learnersDefault() {
    return instruments
        .findByCode(InstrumentLibrary.MODULE_FEEDBACK)
        .orElseGet(() -> install(InstrumentLibrary.MODULE_FEEDBACK, library::moduleFeedback));
  }

  /** The current version of the outsiders' module feedback instrument. */
  public InstrumentVersion outsiders() {
    return current(InstrumentLibrary.MODULE_FEEDBACK_OUTSIDER, library::moduleFeedbackOutsider);
  }

  /**
   * The statements a module's answers may carry, by item code, in this language: the outsiders'
   * form's, the default learners' form's, then (when a module is given) the module's own form's,
   * whose new statements have new codes. Reports and codebooks label answers with it.
   */
  public Map<String, String> itemTexts(ProgramModule moduleOrNull, String language) {
    List<InstrumentVersion> forms = new ArrayList<>(List.of(outsiders(), current()));
    if (moduleOrNull != null) {
      forms.add(current(moduleOrNull));
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (InstrumentVersion form : forms) {
      for (InstrumentItem item : form.items()) {
        texts.put(item.code(), item.text().in(language));
      }
    }
    return texts;
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
