package kz.kenes.integration.lti.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Table row of one deployment id of a registration. */
@Entity
@Table(name = "platform_deployment")
public class PlatformDeploymentEntity {

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "registration_id")
  PlatformRegistrationEntity registration;

  @Column(name = "deployment_id", nullable = false)
  String deploymentId;

  @Column(name = "created_at", nullable = false)
  LocalDateTime createdAt;
}
