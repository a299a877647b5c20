package kz.kenes.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import kz.kenes.platform.persistence.Timestamps;

/**
 * A university: the organiser of crowdsourced revisions (the "crowdsourcer") and the owner of
 * educational programs. Identified within Kenes by a short unique code.
 */
@Entity
@Table(name = "university")
public class University {

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected University() {}

  public University(String code, String name, Instant now) {
    this.code = requireText(code, "code");
    this.name = requireText(name, "name");
    this.createdAt = Timestamps.toColumn(Objects.requireNonNull(now));
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return Timestamps.fromColumn(createdAt);
  }

  public void rename(String newName) {
    this.name = requireText(newName, "name");
  }

  static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
    return value.strip();
  }
}
