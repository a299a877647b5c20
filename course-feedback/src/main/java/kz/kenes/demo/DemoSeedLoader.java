package kz.kenes.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import kz.kenes.integration.lti.application.LtiIdentities;
import kz.kenes.platform.persistence.Timestamps;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.program.domain.ProgramRepository;
import kz.kenes.program.domain.University;
import kz.kenes.program.domain.UniversityRepository;

/**
 * Makes a {@link DemoCatalog} true in the database, creating only what is missing: running it again
 * (each start in dev mode) creates nothing twice and leaves rows that launches have since updated
 * as they are. Everything happens in one transaction.
 */
@ApplicationScoped
public class DemoSeedLoader {

  @Inject UniversityRepository universities;
  @Inject kz.kenes.integration.lti.application.RegistrationService registrations;
  @Inject ProgramRepository programs;

  @Inject LtiIdentities identities;

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  /** How many rows of each kind one run created. */
  public record Created(
      int universities, int programs, int modules, int courses, int deliveries, int users) {

    public boolean nothing() {
      return universities + programs + modules + courses + deliveries + users == 0;
    }
  }

  @Transactional
  public Created load(DemoCatalog catalog, long registrationId, String deploymentId, Instant now) {
    Tally tally = new Tally();
    University university = university(catalog.university(), now, tally);
    // the development platform serves the demo university and is the installation's own; the
    // university's row first: nothing relates the two entities, so no flush order puts it first
    em.flush();
    registrations.serve(registrationId, university.id(), true);
    for (DemoCatalog.Program program : catalog.programs()) {
      program(university, program, now, tally);
    }
    long courseRef = course(catalog.course(), registrationId, deploymentId, now, tally);
    deliver(catalog, university, courseRef, tally);
    for (DemoCatalog.Person person : catalog.people()) {
      person(person, registrationId, now, tally);
    }
    return tally.created();
  }

  private University university(DemoCatalog.University wanted, Instant now, Tally tally) {
    return universities
        .find(wanted.code())
        .orElseGet(
            () -> {
              tally.universities++;
              return universities.store(new University(wanted.code(), wanted.name(), now));
            });
  }

  private void program(
      University university, DemoCatalog.Program wanted, Instant now, Tally tally) {
    EducationalProgram program =
        programs
            .find(university, wanted.code())
            .orElseGet(
                () -> {
                  tally.programs++;
                  return new EducationalProgram(
                      university, wanted.code(), wanted.name(), wanted.field(), now);
                });
    for (DemoCatalog.Module module : wanted.modules()) {
      if (program.module(module.code()).isEmpty()) {
        program.addModule(module.code(), module.title(), module.credits(), now);
        tally.modules++;
      }
    }
    programs.store(program);
  }

  private long course(
      DemoCatalog.Course wanted, long registrationId, String deploymentId, Instant now, Tally t) {
    LtiIdentities.Ensured course =
        identities.ensureCourse(
            registrationId,
            deploymentId,
            wanted.contextId(),
            wanted.label(),
            wanted.title(),
            Timestamps.toColumn(now));
    if (course.created()) {
      t.courses++;
    }
    return course.id();
  }

  private void deliver(DemoCatalog catalog, University university, long courseRef, Tally tally) {
    DemoCatalog.Course wanted = catalog.course();
    EducationalProgram program = programs.find(university, wanted.programCode()).orElseThrow();
    int before = programs.findModulesDeliveredIn(courseRef).size();
    for (String code : wanted.modules()) {
      programs.deliver(courseRef, program.module(code).orElseThrow());
    }
    em.flush();
    tally.deliveries += programs.findModulesDeliveredIn(courseRef).size() - before;
  }

  private void person(DemoCatalog.Person wanted, long registrationId, Instant now, Tally tally) {
    LtiIdentities.NewUser user =
        new LtiIdentities.NewUser(
            wanted.subject(),
            wanted.name(),
            wanted.givenName(),
            wanted.familyName(),
            wanted.email());
    if (identities.ensureUser(registrationId, user, Timestamps.toColumn(now)).created()) {
      tally.users++;
    }
  }

  /** Counts what one run creates. */
  private static final class Tally {
    int universities;
    int programs;
    int modules;
    int courses;
    int deliveries;
    int users;

    Created created() {
      return new Created(universities, programs, modules, courses, deliveries, users);
    }
  }
}
