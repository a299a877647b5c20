package kz.kenes.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import kz.kenes.identity.domain.UniversityScope;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.program.application.UniversityRegistry;
import kz.kenes.program.domain.ProgramOwners;
import kz.kenes.survey.domain.Instrument;
import kz.kenes.survey.domain.InstrumentCodeTaken;
import kz.kenes.survey.domain.InstrumentDefinition;
import kz.kenes.survey.domain.ModuleFeedbackFormOwner;
import kz.kenes.survey.domain.ModuleFeedbackFormOwner.Kind;
import kz.kenes.survey.domain.ModuleFeedbackFormRepository;

/**
 * Learners' module feedback forms per program or per university (docs/module-feedback.md): which
 * form a program or university uses, making it a copy of its own, going back to the form above it.
 * Only an administrator of the owner's university (or the operator) may ask or change it.
 */
@ApplicationScoped
public class ModuleFeedbackForms {

  @Inject ModuleFeedbackInstrument instrument;
  @Inject ModuleFeedbackFormRepository forms;
  @Inject InstrumentService instruments;
  @Inject ProgramOwners programs;
  @Inject UniversityRegistry universities;
  @Inject Clock clock;

  /**
   * The form an owner's learners answer.
   *
   * @param own whether the owner has a form of its own
   * @param from where the form comes from: {@code program}, {@code university} or {@code default}
   * @param instrument the instrument answered
   */
  public record Choice(
      ModuleFeedbackFormOwner owner, boolean own, String from, Instrument instrument) {}

  /** The form the owner's learners answer now. */
  public Choice choice(UniversityScope scope, ModuleFeedbackFormOwner owner) {
    long university = requireReach(scope, owner);
    Optional<Instrument> own = instrument.own(owner);
    if (own.isPresent()) {
      return new Choice(owner, true, owner.kind().word(), own.get());
    }
    if (owner.kind() == Kind.PROGRAM) {
      Optional<Instrument> above = instrument.own(ModuleFeedbackFormOwner.university(university));
      if (above.isPresent()) {
        return new Choice(owner, false, Kind.UNIVERSITY.word(), above.get());
      }
    }
    return new Choice(owner, false, "default", instrument.learnersDefault());
  }

  /**
   * Gives the owner a form of its own: a copy of the current version of the form it answers now
   * (code {@code module-feedback-p<id>} or {@code -u<id>}), or, when an earlier copy of that code
   * exists, that copy again with its edits. Nothing changes when it has one already.
   *
   * @return the choice, and whether it was made now
   */
  public Made makeOwn(UniversityScope scope, ModuleFeedbackFormOwner owner) {
    Choice now = choice(scope, owner);
    if (now.own()) {
      return new Made(now, false);
    }
    String code = owner.instrumentCode(InstrumentLibrary.MODULE_FEEDBACK);
    Instrument copy = instrument.byCode(code).orElseGet(() -> copy(now.instrument(), code));
    forms.assign(owner, copy.id(), clock.instant());
    return new Made(new Choice(owner, true, owner.kind().word(), copy), true);
  }

  /** What {@link #makeOwn} answers. */
  public record Made(Choice choice, boolean created) {}

  /** The owner goes back to the form above it; its own instrument stays, unused. */
  public Choice backToDefault(UniversityScope scope, ModuleFeedbackFormOwner owner) {
    requireReach(scope, owner);
    forms.clear(owner);
    return choice(scope, owner);
  }

  private Instrument copy(Instrument source, String code) {
    InstrumentDefinition from = source.current().toDefinition();
    InstrumentDefinition definition =
        new InstrumentDefinition(
            code, "learner", from.title(), from.description(), from.levels(), from.items());
    try {
      return instruments.create(definition);
    } catch (InstrumentCodeTaken madeMeanwhile) {
      return instrument.byCode(code).orElseThrow();
    }
  }

  /** 404 for an unknown owner, 403 for one of another university; the owner's university. */
  private long requireReach(UniversityScope scope, ModuleFeedbackFormOwner owner) {
    if (owner.kind() == Kind.UNIVERSITY) {
      return universities.find(scope, owner.id()).id();
    }
    long university =
        programs
            .universityOf(owner.id())
            .orElseThrow(() -> new NotFound("There is no program " + owner.id() + "."));
    scope.require(university, "Program " + owner.id());
    return university;
  }
}
