package kz.kenes.survey.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.kenes.platform.persistence.Timestamps;

/**
 * One version of an {@link Instrument}: the title, description, level cut-offs and items that a
 * round asks. Rounds keep the version they were opened with.
 */
@Entity
@Table(name = "instrument_version")
public class InstrumentVersion {

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "instrument_id")
  private Instrument instrument;

  @Column(name = "version_number", nullable = false)
  private int number;

  @Convert(converter = TranslationsConverter.class)
  @Column(nullable = false)
  private Translations title;

  @Convert(converter = TranslationsConverter.class)
  @Column(nullable = false)
  private Translations description;

  @Column(name = "high_from", nullable = false)
  private double highFrom;

  @Column(name = "dissatisfied_below", nullable = false)
  private double dissatisfiedBelow;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<InstrumentItem> items = new ArrayList<>();

  protected InstrumentVersion() {}

  InstrumentVersion(
      Instrument instrument, int number, InstrumentDefinition definition, Instant now) {
    this.instrument = instrument;
    this.number = number;
    this.createdAt = Timestamps.toColumn(now);
    replace(definition);
  }

  /** Replaces the content; only for a version no round has answered. */
  void replace(InstrumentDefinition definition) {
    this.title = definition.title().stripped();
    this.description =
        definition.description() == null
            ? new Translations("", "", "")
            : definition.description().stripped();
    LevelCutoffs cutoffs = definition.cutoffs();
    this.highFrom = cutoffs.highFrom();
    this.dissatisfiedBelow = cutoffs.dissatisfiedBelow();
    items.clear();
    List<InstrumentDefinition.ItemDefinition> given = definition.items();
    for (int i = 0; i < given.size(); i++) {
      items.add(new InstrumentItem(this, i + 1, given.get(i)));
    }
  }

  /**
   * Removes the items before an in-place edit, so that the store can delete the old rows before the
   * new ones (with the same codes) arrive.
   */
  public void removeItems() {
    items.clear();
  }

  /** This version written back as a definition (for export and editing forms). */
  public InstrumentDefinition toDefinition() {
    return new InstrumentDefinition(
        instrument.code(),
        instrument.audience().orElse(null),
        title,
        description,
        new InstrumentDefinition.Levels(highFrom, dissatisfiedBelow),
        items.stream().map(InstrumentItem::toDefinition).toList());
  }

  public Optional<InstrumentItem> item(String code) {
    return items.stream().filter(i -> i.code().equalsIgnoreCase(code)).findFirst();
  }

  public Long id() {
    return id;
  }

  public Instrument instrument() {
    return instrument;
  }

  public int number() {
    return number;
  }

  public Translations title() {
    return title;
  }

  public Translations description() {
    return description;
  }

  public LevelCutoffs cutoffs() {
    return new LevelCutoffs(highFrom, dissatisfiedBelow);
  }

  /** The items in their order (also when a query fetched them without it). */
  public List<InstrumentItem> items() {
    return items.stream()
        .sorted(java.util.Comparator.comparingInt(InstrumentItem::position))
        .toList();
  }

  public Instant createdAt() {
    return Timestamps.fromColumn(createdAt);
  }
}
