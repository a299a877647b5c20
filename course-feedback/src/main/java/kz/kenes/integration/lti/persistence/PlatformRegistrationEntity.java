package kz.kenes.integration.lti.persistence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.kenes.lti.registration.PlatformRegistration;

/** Table row of a platform registration and its deployments. */
@Entity
@Table(name = "platform_registration")
public class PlatformRegistrationEntity {

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  Long id;

  @Column(nullable = false)
  String name;

  @Column(nullable = false)
  String issuer;

  @Column(name = "client_id", nullable = false)
  String clientId;

  @Column(name = "auth_login_url", nullable = false)
  String authLoginUrl;

  @Column(name = "access_token_url", nullable = false)
  String accessTokenUrl;

  @Column(name = "jwks_url", nullable = false)
  String jwksUrl;

  @Column(name = "university_id")
  Long universityId;

  @Column(nullable = false)
  boolean operator;

  @Column(name = "system_admin_as_instructor", nullable = false)
  boolean systemAdminAsInstructor;

  @Column(name = "created_at", nullable = false)
  LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  LocalDateTime updatedAt;

  @OneToMany(
      mappedBy = "registration",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("deploymentId")
  List<PlatformDeploymentEntity> deployments = new ArrayList<>();

  public PlatformRegistration toRegistration() {
    Set<String> ids =
        deployments.stream()
            .map(d -> d.deploymentId)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    return new PlatformRegistration(
        id,
        name,
        issuer,
        clientId,
        URI.create(authLoginUrl),
        URI.create(accessTokenUrl),
        URI.create(jwksUrl),
        ids);
  }

  /** Deployment ids in a stable order (the record's set does not keep one). */
  public List<String> deploymentIds() {
    return deployments.stream().map(d -> d.deploymentId).toList();
  }

  public boolean addDeployment(String deploymentId, LocalDateTime now) {
    if (deploymentIds().contains(deploymentId)) {
      return false;
    }
    PlatformDeploymentEntity deployment = new PlatformDeploymentEntity();
    deployment.registration = this;
    deployment.deploymentId = deploymentId;
    deployment.createdAt = now;
    deployments.add(deployment);
    return true;
  }

  public void keepOnlyDeployments(Set<String> wanted, LocalDateTime now) {
    deployments.removeIf(d -> !wanted.contains(d.deploymentId));
    wanted.forEach(id -> addDeployment(id, now));
  }

  public void assign(
      String name,
      String issuer,
      String clientId,
      String authLoginUrl,
      String accessTokenUrl,
      String jwksUrl) {
    this.name = name;
    this.issuer = issuer;
    this.clientId = clientId;
    this.authLoginUrl = authLoginUrl;
    this.accessTokenUrl = accessTokenUrl;
    this.jwksUrl = jwksUrl;
  }

  /**
   * Binds the registration to the university it serves (null for none), marks it as the
   * installation's own or not, and says whether {@code system/person#Administrator} counts as
   * instructor; answers whether any of the three changed.
   */
  public boolean authorise(Long universityId, boolean operator, boolean systemAdminAsInstructor) {
    boolean changed =
        !java.util.Objects.equals(this.universityId, universityId)
            || this.operator != operator
            || this.systemAdminAsInstructor != systemAdminAsInstructor;
    this.universityId = universityId;
    this.operator = operator;
    this.systemAdminAsInstructor = systemAdminAsInstructor;
    return changed;
  }

  public Long universityId() {
    return universityId;
  }

  public boolean operator() {
    return operator;
  }

  public boolean systemAdminAsInstructor() {
    return systemAdminAsInstructor;
  }

  public void touch(LocalDateTime now) {
    updatedAt = now;
  }

  public void createdAtIfNew(LocalDateTime now) {
    if (createdAt == null) {
      createdAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public LocalDateTime updatedAt() {
    return updatedAt;
  }
}
