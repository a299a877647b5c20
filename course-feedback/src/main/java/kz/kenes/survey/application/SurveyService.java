package kz.kenes.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.program.application.ProgramCatalog;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.survey.application.SurveyAccess.Staff;
import kz.kenes.survey.application.SurveyCommands.NewRound;
import kz.kenes.survey.application.SurveyCommands.NewSurvey;
import kz.kenes.survey.domain.Instrument;
import kz.kenes.survey.domain.InstrumentRepository;
import kz.kenes.survey.domain.InvalidSurveyInput;
import kz.kenes.survey.domain.ResponseCount;
import kz.kenes.survey.domain.ResponseRepository;
import kz.kenes.survey.domain.RoundKind;
import kz.kenes.survey.domain.Survey;
import kz.kenes.survey.domain.SurveyRepository;
import kz.kenes.survey.domain.SurveyRound;

/** Running surveys: create one, add rounds, close and reopen them, count the responses. */
@ApplicationScoped
public class SurveyService {

  @Inject SurveyRepository surveys;
  @Inject InstrumentRepository instruments;
  @Inject ResponseRepository responses;
  @Inject ProgramCatalog programs;
  @Inject SurveyAccess access;
  @Inject Clock clock;

  /** A survey with its responses counted per round, group and status. */
  public record Overview(Survey survey, List<ResponseCount> counts) {}

  public Survey create(Staff staff, NewSurvey command) {
    if (command == null) {
      throw InvalidSurveyInput.of("body", "Send the survey as JSON.");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    String title = SurveyCommands.text("title", command.title(), 300, errors);
    Instrument instrument = instrument(command.instrumentId(), errors);
    EducationalProgram program = program(command.programId(), errors);
    if (program != null && command.moduleId() != null && !hasModule(program, command.moduleId())) {
      errors.put(
          "moduleId", "Program " + program.code() + " has no module " + command.moduleId() + ".");
    }
    InvalidSurveyInput.throwIfAny(errors);
    Survey survey =
        new Survey(title, instrument, program.id(), command.moduleId(), clock.instant());
    access.requireCovers(staff, survey);
    return surveys.store(survey);
  }

  public SurveyRound addRound(Survey survey, NewRound command) {
    if (command == null) {
      throw InvalidSurveyInput.of("body", "Send the round as JSON.");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    RoundKind kind = RoundKind.ofCode(command.kind()).orElse(null);
    if (kind == null) {
      errors.put("kind", "'kind' must be baseline, follow_up or other.");
    }
    String label = SurveyCommands.text("label", command.label(), 200, errors);
    Instant now = clock.instant();
    Instant opens = SurveyCommands.instant("opensAt", command.opensAt(), errors);
    Instant closes = SurveyCommands.instant("closesAt", command.closesAt(), errors);
    if (closes == null && !errors.containsKey("closesAt")) {
      errors.put("closesAt", "'closesAt' is required: when does the round stop taking answers?");
    }
    Instant start = opens == null ? now : opens;
    if (closes != null && !closes.isAfter(start)) {
      errors.put("closesAt", "A round must close after it opens.");
    }
    InvalidSurveyInput.throwIfAny(errors);
    return surveys.addRound(survey.id(), kind, label, start, closes, now);
  }

  public SurveyRound close(SurveyRound round) {
    Instant now = clock.instant();
    return surveys.changeRound(round.id(), r -> r.close(now));
  }

  public SurveyRound reopen(SurveyRound round, SurveyCommands.Reopen command) {
    Map<String, String> errors = new LinkedHashMap<>();
    Instant until =
        SurveyCommands.instant("closesAt", command == null ? null : command.closesAt(), errors);
    InvalidSurveyInput.throwIfAny(errors);
    Instant now = clock.instant();
    Instant closes = until == null ? round.closesAt() : until;
    if (!closes.isAfter(now)) {
      throw InvalidSurveyInput.of(
          "closesAt",
          "The round's closing date has passed: give a new 'closesAt' in the future to reopen it.");
    }
    if (!closes.isAfter(round.opensAt())) {
      throw InvalidSurveyInput.of("closesAt", "A round must close after it opens.");
    }
    return surveys.changeRound(round.id(), r -> r.reopen(closes, now));
  }

  /**
   * Marks the round as the follow-up of a program revision ({@code survey_round.revision_ref}), or
   * forgets the mark when {@code measured} is false; for the revision records, which link rounds.
   */
  public SurveyRound markRevision(long roundId, long revisionId, boolean measured) {
    return surveys.changeRound(
        roundId,
        r -> {
          if (measured) {
            r.measures(revisionId);
          } else {
            r.forgetRevision(revisionId);
          }
        });
  }

  public SurveyRound round(Survey survey, long roundId) {
    return survey
        .round(roundId)
        .orElseThrow(
            () -> new NotFound("Survey " + survey.id() + " has no round " + roundId + "."));
  }

  public Overview overview(Survey survey) {
    return new Overview(survey, responses.counts(survey.id()));
  }

  /**
   * The overview of a survey the caller was already allowed to run, read again after a change (a
   * round added, closed or reopened): no second access check.
   */
  public Overview overviewNow(Survey survey) {
    return overview(surveys.find(survey.id()).orElse(survey));
  }

  public Listing<Survey> list(Staff staff, int offset, int limit) {
    List<Long> programIds = access.visiblePrograms(staff);
    return new Listing<>(
        surveys.findAll(programIds, offset, limit), surveys.count(programIds), offset, limit);
  }

  private Instrument instrument(Long id, Map<String, String> errors) {
    if (id == null) {
      errors.put("instrumentId", "'instrumentId' is required.");
      return null;
    }
    Instrument instrument = instruments.find(id).orElse(null);
    if (instrument == null) {
      errors.put("instrumentId", "There is no instrument " + id + ".");
    }
    return instrument;
  }

  private EducationalProgram program(Long id, Map<String, String> errors) {
    if (id == null) {
      errors.put("programId", "'programId' is required.");
      return null;
    }
    try {
      return programs.find(id);
    } catch (DomainException e) {
      errors.put("programId", "There is no program " + id + ".");
      return null;
    }
  }

  private static boolean hasModule(EducationalProgram program, long moduleId) {
    return program.modules().stream().anyMatch(m -> m.id() == moduleId);
  }
}
