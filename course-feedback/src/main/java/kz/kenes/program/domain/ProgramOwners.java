package kz.kenes.program.domain;

import java.util.List;
import java.util.Optional;

/**
 * Which university a program belongs to, as other contexts may ask it: the published interface of
 * {@code program} for questions about {@code educational_program}'s owner. The survey context asks
 * it whether a caller's university reaches a survey (docs/security.md, "Authority").
 */
public interface ProgramOwners {

  /** The university of the program; empty for an unknown program. */
  Optional<Long> universityOf(long programId);

  /** The ids of the university's programs. */
  List<Long> programsOf(long universityId);
}
