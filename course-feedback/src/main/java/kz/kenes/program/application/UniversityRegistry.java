package kz.kenes.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.program.domain.University;
import kz.kenes.program.domain.UniversityRepository;

/** Registers and finds universities; a university code is registered once. */
@ApplicationScoped
public class UniversityRegistry {

  @Inject UniversityRepository universities;
  @Inject Clock clock;

  /** What a client sends to register a university. */
  public record UniversityCommand(String code, String name) {}

  public University register(UniversityCommand command) {
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

  public University find(long id) {
    return universities
        .find(id)
        .orElseThrow(() -> new NotFound("No university with id " + id + "."));
  }

  public List<University> findAll() {
    return universities.findAll();
  }
}
