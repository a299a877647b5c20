package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.kenes.integration.lti.api.PlatformRegistrationRequest;
import kz.kenes.integration.lti.persistence.JpaRegistrationRepository;
import kz.kenes.integration.lti.persistence.PlatformRegistrationEntity;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.platform.persistence.Timestamps;

/**
 * Registers, edits and removes LMS platforms. Input is checked field by field with a message naming
 * the field; an issuer + client_id pair can be registered once.
 */
@ApplicationScoped
public class RegistrationService {

  @Inject JpaRegistrationRepository repository;
  @Inject Clock clock;
  @Inject Event<RegistrationsChanged> changed;
  @Inject kz.kenes.identity.domain.SessionStore sessionEnder;
  @Inject KenesConfig config;
  @Inject kz.kenes.program.domain.UniversityRepository universities;

  public PlatformRegistrationEntity register(PlatformRegistrationRequest request) {
    RegistrationInput input = RegistrationInput.validate(request, config.devMode());
    requireUniversity(input);
    if (repository.findEntity(input.issuer(), input.clientId()).isPresent()) {
      throw duplicate(input);
    }
    PlatformRegistrationEntity entity = new PlatformRegistrationEntity();
    LocalDateTime now = now();
    input.applyTo(entity, now);
    entity.createdAtIfNew(now);
    PlatformRegistrationEntity stored = storeOrConflict(entity, input);
    changed.fire(new RegistrationsChanged());
    return stored;
  }

  /**
   * Replaces a registration's fields and deployments; sessions opened through a deployment the
   * update leaves out end at once, as when that deployment is removed on its own.
   */
  public PlatformRegistrationEntity update(long id, PlatformRegistrationRequest request) {
    RegistrationInput input = RegistrationInput.validate(request, config.devMode());
    requireUniversity(input);
    PlatformRegistrationEntity entity = find(id);
    repository
        .findEntity(input.issuer(), input.clientId())
        .filter(other -> !other.id().equals(entity.id()))
        .ifPresent(
            other -> {
              throw duplicate(input);
            });
    Set<String> dropped = new LinkedHashSet<>(entity.deploymentIds());
    dropped.removeAll(input.deploymentIds());
    boolean authorityChanged = input.applyTo(entity, now());
    PlatformRegistrationEntity stored = storeOrConflict(entity, input);
    if (authorityChanged) {
      // the sessions carry the university and operator flag of their launch: launch again
      sessionEnder.endSessionsOf(id);
    } else {
      dropped.forEach(deploymentId -> sessionEnder.endSessionsOf(id, deploymentId));
    }
    changed.fire(new RegistrationsChanged());
    return stored;
  }

  /**
   * Binds a registration to the university it serves and marks it as the installation's own or not,
   * keeping its role mapping; its sessions end when anything changed. How the demo seed binds the
   * development platform.
   */
  public void serve(long id, long universityId, boolean operator) {
    PlatformRegistrationEntity entity = find(id);
    if (entity.authorise(universityId, operator, entity.systemAdminAsInstructor())) {
      entity.touch(now());
      repository.store(entity);
      sessionEnder.endSessionsOf(id);
      changed.fire(new RegistrationsChanged());
    }
  }

  /** Refuses (400) a {@code universityId} that names no university. */
  private void requireUniversity(RegistrationInput input) {
    if (input.universityId() != null && universities.find(input.universityId()).isEmpty()) {
      throw new kz.kenes.platform.domain.InvalidInput(
          "universityId", "No university with id " + input.universityId() + ".");
    }
  }

  public PlatformRegistrationEntity addDeployment(long id, String deploymentId) {
    String checked = RegistrationInput.deploymentId("deploymentId", deploymentId);
    PlatformRegistrationEntity entity = find(id);
    if (!entity.addDeployment(checked, now())) {
      throw new Conflict("Deployment '" + checked + "' is already registered for this platform.");
    }
    entity.touch(now());
    PlatformRegistrationEntity stored = repository.store(entity);
    changed.fire(new RegistrationsChanged());
    return stored;
  }

  /**
   * The id of the registration of the request's issuer and client_id, registered when there is
   * none; an existing one is kept as it is and given {@code deploymentId} when it lacks it. How a
   * platform that registers itself (the development platform) is registered, idempotently.
   */
  public long ensureRegistered(PlatformRegistrationRequest request, String deploymentId) {
    return repository
        .findEntity(request.issuer(), request.clientId())
        .map(
            existing -> {
              if (!existing.deploymentIds().contains(deploymentId)) {
                addDeployment(existing.id(), deploymentId);
              }
              return existing.id();
            })
        .orElseGet(() -> register(request).id());
  }

  /** Removes a deployment; sessions opened through it end at once. */
  public PlatformRegistrationEntity removeDeployment(long id, String deploymentId) {
    PlatformRegistrationEntity entity = find(id);
    if (!entity.deploymentIds().contains(deploymentId)) {
      throw new NotFound(
          "Deployment '" + deploymentId + "' is not registered for platform " + id + ".");
    }
    if (entity.deploymentIds().size() == 1) {
      throw new Conflict(
          "A registration needs at least one deployment: add another before removing '"
              + deploymentId
              + "', or delete the registration.");
    }
    entity.keepOnlyDeployments(
        new LinkedHashSet<>(
            entity.deploymentIds().stream().filter(d -> !d.equals(deploymentId)).toList()),
        now());
    entity.touch(now());
    PlatformRegistrationEntity stored = repository.store(entity);
    sessionEnder.endSessionsOf(id, deploymentId);
    changed.fire(new RegistrationsChanged());
    return stored;
  }

  public void delete(long id) {
    if (!repository.delete(id)) {
      throw notFound(id);
    }
    // its sessions went with it (ON DELETE CASCADE); this also forgets the ones this node has just
    // opened and not yet handed to their first page (ADR 0038)
    sessionEnder.endSessionsOf(id);
    changed.fire(new RegistrationsChanged());
  }

  public PlatformRegistrationEntity find(long id) {
    return repository.findEntity(id).orElseThrow(() -> notFound(id));
  }

  public List<PlatformRegistrationEntity> list(int offset, int limit) {
    return repository.findAllEntities(offset, limit);
  }

  public long count() {
    return repository.count();
  }

  /** Stores; a unique-key violation (a concurrent twin registered first) is a conflict. */
  private PlatformRegistrationEntity storeOrConflict(
      PlatformRegistrationEntity entity, RegistrationInput input) {
    try {
      return repository.store(entity);
    } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
      if (repository.findEntity(input.issuer(), input.clientId()).isPresent()) {
        throw duplicate(input);
      }
      throw e;
    }
  }

  private LocalDateTime now() {
    return Timestamps.toColumn(clock.instant());
  }

  private static DomainException notFound(long id) {
    return new NotFound("No platform registration with id " + id + ".");
  }

  private static DomainException duplicate(RegistrationInput input) {
    return new Conflict(
        "A platform with issuer '"
            + input.issuer()
            + "' and client_id '"
            + input.clientId()
            + "' is already registered.");
  }

  /**
   * Fired when registrations or their deployments change, so that caches (the launch path's
   * registrations, the frame-ancestors origins) refresh.
   */
  public record RegistrationsChanged() {}
}
