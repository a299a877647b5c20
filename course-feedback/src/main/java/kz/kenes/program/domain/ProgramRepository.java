package kz.kenes.program.domain;

import java.util.List;
import java.util.Optional;

/** Where educational programs (with their modules) and course deliveries are kept. */
public interface ProgramRepository {

  Optional<EducationalProgram> find(long id);

  Optional<EducationalProgram> find(University university, String code);

  /** All programs, by university and code. */
  List<EducationalProgram> findAll();

  List<EducationalProgram> findAll(University university);

  /**
   * A page of programs by university name and code, optionally only those of one university and/or
   * one field of education (null means any).
   */
  List<EducationalProgram> findPage(Long universityId, String field, int offset, int limit);

  /** How many programs {@link #findPage} can list with these filters. */
  long count(Long universityId, String field);

  /**
   * Programs whose code, name, university code or university name contains {@code text} (ignoring
   * case; null or blank matches every one), only those of the university {@code universityId}
   * (null: any), only those with modules when {@code withModules}, by university name and code, at
   * most {@code limit} of them.
   */
  List<EducationalProgram> findMatching(
      Long universityId, String text, boolean withModules, int limit);

  /** How many programs {@link #findMatching} would list without its limit. */
  long countMatching(Long universityId, String text, boolean withModules);

  EducationalProgram store(EducationalProgram program);

  /** Removes the program with its modules and the courses' links to them. */
  void remove(long id);

  /** A module by its own id, with its program. */
  Optional<ProgramModule> findModule(long moduleId);

  /**
   * The current version number of the program's module {@code moduleId}, read alone (one indexed
   * row, no entities): empty when the program has no such module.
   */
  Optional<Integer> currentVersionOf(long programId, long moduleId);

  /** The modules the course delivers, by program and position. */
  List<ProgramModule> findModulesDeliveredIn(long contextRef);

  /** Records that the course delivers the module; nothing happens when it already does. */
  void deliver(long contextRef, ProgramModule module);
}
