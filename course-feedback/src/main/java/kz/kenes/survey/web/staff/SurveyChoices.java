package kz.kenes.survey.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.platform.domain.DomainException;
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

  /**
   * The programs offered to an administrator at most: a search ({@code find}) narrows them. An
   * instructor is offered the programs their course delivers, however many.
   */
  static final int MAX_PROGRAMS = 200;

  /**
   * The programs and modules the staff member may survey, as the create form offers them.
   *
   * @param matching how many programs the administrator's search matches (what an instructor is
   *     offered, for an instructor)
   * @param searchable whether the form offers a search: for administrators only
   */
  record ProgramChoices(
      List<Choice> programs, List<ChoiceGroup> modules, long matching, boolean searchable) {

    boolean more() {
      return matching > programs.size();
    }
  }

  /**
   * What the create form offers: for an administrator the programs matching {@code find} (code or
   * name of the program or its university; see {@link ProgramCatalog#search}), at most {@link
   * #MAX_PROGRAMS}, and the program {@code selectedId} of a form sent back even when the search
   * does not find it; for an instructor the programs their course delivers.
   */
  ProgramChoices programChoices(Staff staff, String find, Long selectedId) {
    if (staff.course().isPresent()) {
      List<ProgramModule> delivered = courses.deliveredModules(staff.course().get());
      Map<Long, Choice> byId = new LinkedHashMap<>();
      for (ProgramModule module : delivered) {
        byId.putIfAbsent(module.program().id(), program(module.program()));
      }
      return new ProgramChoices(
          new ArrayList<>(byId.values()), groups(delivered), byId.size(), false);
    }
    Map<Long, EducationalProgram> offered = new LinkedHashMap<>();
    ProgramCatalog.ProgramSearch found = programs.search(staff.scope(), find, false, MAX_PROGRAMS);
    if (selectedId != null && found.programs().stream().noneMatch(p -> selectedId.equals(p.id()))) {
      try {
        EducationalProgram selected = programs.find(selectedId);
        if (staff.scope().reaches(selected.university().id())) {
          offered.put(selected.id(), selected);
        }
      } catch (DomainException gone) {
        // the program was removed since the form was shown: the form's refusal says so
      }
    }
    found.programs().forEach(p -> offered.putIfAbsent(p.id(), p));
    return new ProgramChoices(
        offered.values().stream().map(SurveyChoices::programOfUniversity).toList(),
        groups(offered.values().stream().flatMap(p -> p.modules().stream()).toList()),
        found.matching(),
        true);
  }

  /** Modules under their program's label, in the order given. */
  private static List<ChoiceGroup> groups(List<ProgramModule> modules) {
    Map<String, List<Choice>> byProgram = new LinkedHashMap<>();
    for (ProgramModule module : modules) {
      byProgram
          .computeIfAbsent(programOfUniversity(module.program()).label(), k -> new ArrayList<>())
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
    } catch (DomainException gone) {
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
    } catch (DomainException gone) {
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

  /** "AGR — Agronomy (Dala State University)": many universities have an AGR. */
  private static Choice programOfUniversity(EducationalProgram program) {
    return new Choice(
        String.valueOf(program.id()),
        program.code() + " — " + program.name() + " (" + program.university().name() + ")");
  }
}
