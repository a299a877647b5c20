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

  EducationalProgram store(EducationalProgram program);

  /** The modules the course delivers, by program and position. */
  List<ProgramModule> findModulesDeliveredIn(long contextRef);

  /** Records that the course delivers the module; nothing happens when it already does. */
  void deliver(long contextRef, ProgramModule module);
}
