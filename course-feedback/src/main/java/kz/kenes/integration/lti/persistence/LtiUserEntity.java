package kz.kenes.integration.lti.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A user of a platform, keyed by registration and LTI {@code sub}; details refreshed per launch.
 */
@Entity
@Table(name = "lti_user")
public class LtiUserEntity {

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  public Long id;

  @Column(name = "registration_id", nullable = false)
  public long registrationId;

  @Column(nullable = false)
  public String subject;

  public String name;

  @Column(name = "given_name")
  public String givenName;

  @Column(name = "family_name")
  public String familyName;

  public String email;
  public String locale;

  /** The shown name folded for searching (lower case, no accents), null without a name; V48. */
  @Column(name = "search_name")
  public String searchName;

  @Column(name = "created_at", nullable = false)
  public LocalDateTime createdAt;

  @Column(name = "last_launch_at", nullable = false)
  public LocalDateTime lastLaunchAt;

  /** A name to show: the full name, else given + family, else the email, else nothing. */
  public String displayName() {
    return displayName(name, givenName, familyName, email);
  }

  /**
   * The name to show for a user with these columns: the full name, else given and family name, else
   * the e-mail address (null when none was sent).
   */
  public static String displayName(String name, String givenName, String familyName, String email) {
    if (name != null && !name.isBlank()) {
      return name;
    }
    String joined =
        ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName))
            .strip();
    if (!joined.isEmpty()) {
      return joined;
    }
    return email;
  }
}
