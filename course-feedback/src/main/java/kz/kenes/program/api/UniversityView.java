package kz.kenes.program.api;

import java.time.Instant;
import kz.kenes.program.domain.University;

/** A university as the admin API shows it. */
public record UniversityView(long id, String code, String name, Instant createdAt) {

  public static UniversityView of(University university) {
    return new UniversityView(
        university.id(), university.code(), university.name(), university.createdAt());
  }
}
