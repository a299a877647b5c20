package kz.kenes.survey.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import kz.kenes.platform.persistence.Timestamps;

/**
 * A survey instrument: its code and its {@link InstrumentVersion}s. Once a round has answers on the
 * current version, an edit makes a new version, so that answers always read against the items they
 * answered; until then an edit changes the current version in place.
 */
@Entity
@Table(name = "survey_instrument")
public class Instrument {

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @Column(nullable = false)
  private String code;

  private String audience;

  @Column(name = "current_version", nullable = false)
  private int currentVersion;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @OneToMany(mappedBy = "instrument", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  private List<InstrumentVersion> versions = new ArrayList<>();

  protected Instrument() {}

  /** A new instrument whose version 1 is the definition, which must be valid. */
  public Instrument(InstrumentDefinition definition, Instant now) {
    definition.validate();
    this.code = definition.code().strip();
    this.audience = blankToNull(definition.audience());
    this.createdAt = Timestamps.toColumn(now);
    versions.add(new InstrumentVersion(this, 1, definition, now));
    this.currentVersion = 1;
  }

  /**
   * Edits the instrument. When {@code answered} (a round holds answers on the current version) the
   * definition becomes a new version; otherwise it replaces the current version's content.
   *
   * @return the current version afterwards
   */
  public InstrumentVersion edit(InstrumentDefinition definition, boolean answered, Instant now) {
    definition.validate();
    if (!definition.code().strip().equals(code)) {
      throw InvalidSurveyInput.of(
          "code", "An instrument's code cannot change (it is " + code + ").");
    }
    this.audience = blankToNull(definition.audience());
    if (answered) {
      currentVersion++;
      versions.add(new InstrumentVersion(this, currentVersion, definition, now));
    } else {
      current().replace(definition);
    }
    return current();
  }

  public InstrumentVersion current() {
    return version(currentVersion).orElseThrow();
  }

  public Optional<InstrumentVersion> version(int number) {
    return versions.stream().filter(v -> v.number() == number).findFirst();
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public Optional<String> audience() {
    return Optional.ofNullable(audience);
  }

  public int currentVersionNumber() {
    return currentVersion;
  }

  public List<InstrumentVersion> versions() {
    return Collections.unmodifiableList(versions);
  }

  public Instant createdAt() {
    return Timestamps.fromColumn(createdAt);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
