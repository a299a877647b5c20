package kz.kenes.program.domain;

import java.util.List;
import java.util.Optional;

/** Where universities are kept. */
public interface UniversityRepository {

  Optional<University> find(long id);

  Optional<University> find(String code);

  List<University> findAll();

  University store(University university);
}
