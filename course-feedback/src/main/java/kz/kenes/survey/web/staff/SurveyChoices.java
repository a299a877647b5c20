package kz.kenes.survey.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.platform.errors.ApiException;
import kz.kenes.program.application.CoursePlanning;
import kz.kenes.program.application.ProgramCatalog;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.program.domain.ProgramModule;
import kz.kenes.survey.application.GroupService;
import kz.kenes.survey.application.InstrumentService;
import kz.kenes.survey.application.SurveyAccess.Staff;
import kz.kenes.survey.domain.Instrument;

/**
 * What the staff's selects offer: instruments, the programs (and modules) a staff member may survey
 * — all for administrators, those the course delivers for an instructor — and the stakeholder
 * groups with their names in the page's language.
 */
@ApplicationScoped
public class SurveyChoices {

  /** More than a university has; the selects list them all. */
  static final int MAX = 500;

  @Inject InstrumentService instruments;
  @Inject ProgramCatalog programs;
  @Inject CoursePlanning courses;
  @Inject GroupService groups;

  /** One option of a select. */
  public record Choice(String value, String label) {}

  /** Options under a heading ({@code <optgroup>}). */
  public record ChoiceGroup(String label, List<Choice> choices) {}

  List<Choice> instruments(String language) {
    return instruments.page(0, MAX).items().stream().map(i -> instrument(i, language)).toList();
  }

  /** The programs the staff member may survey, by code. */
  List<Choice> programs(Staff staff) {
    if (staff.course().isEmpty()) {
      return programs.list(null, null, 0, MAX).stream().map(SurveyChoices::program).toList();
    }
    Map<Long, Choice> delivered = new LinkedHashMap<>();
    for (ProgramModule module : courses.deliveredModules(staff.course().get())) {
      delivered.putIfAbsent(module.program().id(), program(module.program()));
    }
    return new ArrayList<>(delivered.values());
  }

  /** The modules the staff member may survey, grouped by program. */
  List<ChoiceGroup> modules(Staff staff) {
    Map<String, List<Choice>> byProgram = new LinkedHashMap<>();
    List<ProgramModule> modules =
        staff.course().isEmpty()
            ? programs.list(null, null, 0, MAX).stream().flatMap(p -> p.modules().stream()).toList()
            : courses.deliveredModules(staff.course().get());
    for (ProgramModule module : modules) {
      byProgram
          .computeIfAbsent(program(module.program()).label(), k -> new ArrayList<>())
          .add(new Choice(String.valueOf(module.id()), module.code() + " — " + module.title()));
    }
    return byProgram.entrySet().stream()
        .map(e -> new ChoiceGroup(e.getKey(), e.getValue()))
        .toList();
  }

  /** Stakeholder group code to its name in {@code language}. */
  Map<String, String> groupNames(String language) {
    Map<String, String> names = new LinkedHashMap<>();
    groups.all().forEach(g -> names.put(g.code(), g.name().in(language)));
    return names;
  }

  /** "AGR — Agronomy", or the id alone for a program that is gone. */
  String programName(long programId) {
    try {
      return program(programs.find(programId)).label();
    } catch (ApiException gone) {
      return "#" + programId;
    }
  }

  /** The title of a module of a program, or its id. */
  String moduleName(long programId, long moduleId) {
    try {
      return programs.find(programId).modules().stream()
          .filter(m -> m.id() == moduleId)
          .map(m -> m.code() + " — " + m.title())
          .findFirst()
          .orElse("#" + moduleId);
    } catch (ApiException gone) {
      return "#" + moduleId;
    }
  }

  static Choice instrument(Instrument instrument, String language) {
    String title = instrument.current().title().in(language);
    return new Choice(String.valueOf(instrument.id()), title + " (" + instrument.code() + ")");
  }

  private static Choice program(EducationalProgram program) {
    return new Choice(String.valueOf(program.id()), program.code() + " — " + program.name());
  }
}
