package kz.kenes.integration.lti.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A course (LTI context) of one platform deployment; label and title refreshed per launch. */
@Entity
@Table(name = "lti_context")
public class LtiContextEntity {

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  public Long id;

  @Column(name = "registration_id", nullable = false)
  public long registrationId;

  @Column(name = "deployment_id", nullable = false)
  public String deploymentId;

  @Column(name = "context_id", nullable = false)
  public String contextId;

  public String label;
  public String title;

  /** The NRPS {@code context_memberships_url} of the latest launch that sent one (V17). */
  @Column(name = "nrps_memberships_url")
  public String nrpsMembershipsUrl;

  @Column(name = "created_at", nullable = false)
  public LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  public LocalDateTime updatedAt;
}
