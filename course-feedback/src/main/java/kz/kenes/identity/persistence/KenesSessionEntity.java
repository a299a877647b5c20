package kz.kenes.identity.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Table row of a session; only the SHA-256 of its bearer token is kept. */
@Entity
@Table(name = "kenes_session")
public class KenesSessionEntity {

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  public Long id;

  @Column(name = "token_hash", nullable = false)
  public String tokenHash;

  @Column(name = "csrf_token", nullable = false)
  public String csrfToken;

  @Column(nullable = false)
  public String kind;

  @Column(name = "registration_id")
  public Long registrationId;

  @Column(name = "deployment_id")
  public String deploymentId;

  @Column(name = "context_ref")
  public Long contextRef;

  @Column(name = "resource_link_ref")
  public Long resourceLinkRef;

  @Column(name = "user_ref")
  public Long userRef;

  public String roles;

  @Column(name = "kenes_role", nullable = false)
  public String kenesRole;

  @Column(name = "university_id")
  public Long universityId;

  @Column(nullable = false)
  public boolean operator;

  public String locale;

  @Column(name = "created_at", nullable = false)
  public LocalDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  public LocalDateTime expiresAt;

  /** {@link kz.kenes.identity.domain.AdminTokenMark} of an admin-token session, else null. */
  @Column(name = "admin_token_mark")
  public String adminTokenMark;

  /** The member key of a campaign's guest (V39); null for other sessions. */
  @Column(name = "guest_key")
  public String guestKey;
}
