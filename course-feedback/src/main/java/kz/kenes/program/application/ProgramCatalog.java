package kz.kenes.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kz.kenes.identity.domain.UniversityScope;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.program.domain.ProgramModule;
import kz.kenes.program.domain.ProgramRepository;
import kz.kenes.program.domain.University;
import kz.kenes.program.domain.UniversityRepository;

/**
 * Describes, lists and removes educational programs. Every refusal (400, 403, 404, 409) is decided
 * before the repository's transaction starts; a program code is unique within its university. The
 * caller's {@link UniversityScope} decides which programs they administer: the operator all, an
 * administrator those of their platform's university.
 */
@ApplicationScoped
public class ProgramCatalog {

  @Inject ProgramRepository programs;
  @Inject UniversityRepository universities;
  @Inject Clock clock;

  public EducationalProgram open(UniversityScope scope, ProgramCommand command) {
    ProgramCommand.Valid valid = command.validate();
    scope.require(valid.universityId(), "University " + valid.universityId());
    University university = university(valid.universityId());
    refuseTakenCode(university, valid.code(), null);
    return programs.store(
        new EducationalProgram(
            university,
            valid.code(),
            valid.name(),
            valid.field(),
            valid.level(),
            valid.languages(),
            clock.instant()));
  }

  public EducationalProgram describe(UniversityScope scope, long id, ProgramCommand command) {
    ProgramCommand.Valid valid = command.validate();
    EducationalProgram program = find(scope, id);
    if (valid.universityId() != program.university().id()) {
      throw new InvalidInput(
          "universityId", "A program stays with its university: 'universityId' cannot change.");
    }
    refuseTakenCode(program.university(), valid.code(), program.id());
    program.describe(valid.code(), valid.name(), valid.field(), valid.level(), valid.languages());
    return programs.store(program);
  }

  /**
   * The current version number of the program's module, empty when the program has no such module:
   * what a rating of one module needs, without loading the program and all its modules.
   */
  public Optional<Integer> currentVersionOf(long programId, long moduleId) {
    return programs.currentVersionOf(programId, moduleId);
  }

  /**
   * A module by its own (stable) id, with its program; empty when there is none. For contexts that
   * keep things per module, such as the quiz context's question banks.
   */
  public Optional<ProgramModule> findModule(long moduleId) {
    return programs.findModule(moduleId);
  }

  public EducationalProgram find(long id) {
    return programs.find(id).orElseThrow(() -> new NotFound("No program with id " + id + "."));
  }

  /** The program, if the caller administers its university: 404 unknown, 403 another's. */
  public EducationalProgram find(UniversityScope scope, long id) {
    EducationalProgram program = find(id);
    scope.require(program.university().id(), "Program " + id);
    return program;
  }

  /**
   * A page of the programs the caller administers, of the university {@code universityId} (null:
   * all of theirs); 403 for a university not theirs.
   */
  public List<EducationalProgram> list(
      UniversityScope scope, Long universityId, String field, int offset, int limit) {
    return programs.findPage(universityFilter(scope, universityId), field, offset, limit);
  }

  /**
   * Every program the caller administers, of the university {@code universityId} (null: all of
   * theirs), a page at a time from the repository; 403 for a university not theirs.
   */
  public List<EducationalProgram> all(UniversityScope scope, Long universityId) {
    List<EducationalProgram> all = new java.util.ArrayList<>();
    int page = 500;
    for (int offset = 0; ; offset += page) {
      List<EducationalProgram> some = list(scope, universityId, null, offset, page);
      all.addAll(some);
      if (some.size() < page) {
        return all;
      }
    }
  }

  /** The university to filter on: the one asked for if the caller may, else the caller's own. */
  private static Long universityFilter(UniversityScope scope, Long universityId) {
    if (universityId != null) {
      scope.require(universityId, "University " + universityId);
      return universityId;
    }
    return scope.operator() ? null : scope.only().orElse(-1L);
  }

  /** The longest program search text; a longer one is cut, not refused. */
  public static final int MAX_SEARCH = 100;

  /**
   * What a program search found, for a page to choose from.
   *
   * @param programs at most the limit asked for
   * @param matching how many programs match in all
   */
  public record ProgramSearch(List<EducationalProgram> programs, long matching) {

    /** Whether more programs match than are listed. */
    public boolean more() {
      return matching > programs.size();
    }
  }

  /**
   * Programs of the universities in {@code scope} whose code or name, or their university's,
   * contains {@code text} (stripped and cut to {@link #MAX_SEARCH}; blank matches every one), only
   * those with modules when {@code withModules}, at most {@code limit}, with how many match in all
   * (counted only when the limit is reached). A scope of no university finds none.
   */
  public ProgramSearch search(UniversityScope scope, String text, boolean withModules, int limit) {
    if (!scope.operator() && scope.universityId() == null) {
      return new ProgramSearch(List.of(), 0);
    }
    Long university = scope.only().orElse(null);
    String needle = text == null ? "" : text.replace("\u0000", "").strip();
    if (needle.length() > MAX_SEARCH) {
      needle = needle.substring(0, MAX_SEARCH);
    }
    List<EducationalProgram> found = programs.findMatching(university, needle, withModules, limit);
    long matching =
        found.size() < limit
            ? found.size()
            : programs.countMatching(university, needle, withModules);
    return new ProgramSearch(found, matching);
  }

  public long count(UniversityScope scope, Long universityId, String field) {
    return programs.count(universityFilter(scope, universityId), field);
  }

  public void remove(UniversityScope scope, long id) {
    find(scope, id);
    programs.remove(id);
  }

  private University university(long id) {
    return universities
        .find(id)
        .orElseThrow(() -> new InvalidInput("universityId", "No university with id " + id + "."));
  }

  private void refuseTakenCode(University university, String code, Long except) {
    programs
        .find(university, code)
        .filter(other -> !other.id().equals(except))
        .ifPresent(
            other -> {
              throw new Conflict(
                  "University " + university.code() + " already has a program " + code + ".");
            });
  }
}
