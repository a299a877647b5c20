package kz.kenes.integration.lti.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A placement of Kenes in a course (resource link), unique within its deployment. */
@Entity
@Table(name = "lti_resource_link")
public class LtiResourceLinkEntity {

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  public Long id;

  @Column(name = "registration_id", nullable = false)
  public long registrationId;

  @Column(name = "deployment_id", nullable = false)
  public String deploymentId;

  @Column(name = "context_ref")
  public Long contextRef;

  @Column(name = "link_id", nullable = false)
  public String linkId;

  public String title;
  public String description;

  @Column(name = "created_at", nullable = false)
  public LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  public LocalDateTime updatedAt;
}
