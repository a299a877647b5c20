package kz.kenes.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import kz.kenes.identity.domain.UniversityScope;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.program.domain.University;
import kz.kenes.program.domain.UniversityRepository;

/**
 * Registers and finds universities; a university code is registered once. Registering one is the
 * installation's operator's; an administrator of a university sees only their own.
 */
@ApplicationScoped
public class UniversityRegistry {

  @Inject UniversityRepository universities;
  @Inject Clock clock;

  /** What a client sends to register a university. */
  public record UniversityCommand(String code, String name) {}

  public University register(UniversityScope scope, UniversityCommand command) {
    scope.requireOperator("Universities");
    if (command == null) {
      throw new InvalidInput("code", "'code' is required.");
    }
    String code = Fields.code("code", command.code());
    String name = Fields.text("name", command.name(), 300);
    if (universities.find(code).isPresent()) {
      throw new Conflict("A university with code " + code + " already exists.");
    }
    return universities.store(new University(code, name, clock.instant()));
  }

  public University find(UniversityScope scope, long id) {
    scope.require(id, "University " + id);
    return universities
        .find(id)
        .orElseThrow(() -> new NotFound("No university with id " + id + "."));
  }

  /** The universities the caller acts for: all for the operator, else at most their own. */
  public List<University> findAll(UniversityScope scope) {
    return universities.findAll().stream().filter(u -> scope.reaches(u.id())).toList();
  }
}
