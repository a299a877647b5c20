package kz.kenes.program.api;

import java.time.Instant;
import java.util.List;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.program.domain.TeachingLanguage;

/** A program as the admin API shows it. */
public record ProgramView(
    long id,
    long universityId,
    String universityCode,
    String code,
    String name,
    String field,
    String level,
    List<String> languages,
    int credits,
    Instant createdAt) {

  public static ProgramView of(EducationalProgram program) {
    return new ProgramView(
        program.id(),
        program.university().id(),
        program.university().code(),
        program.code(),
        program.name(),
        program.field(),
        program.level().code(),
        program.languages().stream().map(TeachingLanguage::code).toList(),
        program.credits(),
        program.createdAt());
  }
}
