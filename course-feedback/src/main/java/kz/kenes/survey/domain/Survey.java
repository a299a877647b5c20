package kz.kenes.survey.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import kz.kenes.platform.persistence.Timestamps;

/**
 * A survey asks one {@link Instrument} about one educational program, or one of its modules, in
 * {@link SurveyRound}s: a baseline before a revision, a follow-up after it, and more if needed.
 * Learners of every course that delivers the program (the module, when one is set) answer it from
 * their LTI launch; applicants, employers and graduates answer through {@link Invitation}s.
 */
@Entity
@Table(name = "survey")
public class Survey {

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @Column(nullable = false)
  private String title;

  @ManyToOne(optional = false)
  @JoinColumn(name = "instrument_id")
  private Instrument instrument;

  @Column(name = "program_id", nullable = false)
  private long programId;

  @Column(name = "module_id")
  private Long moduleId;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<SurveyRound> rounds = new ArrayList<>();

  protected Survey() {}

  public Survey(String title, Instrument instrument, long programId, Long moduleId, Instant now) {
    this.title = title;
    this.instrument = instrument;
    this.programId = programId;
    this.moduleId = moduleId;
    this.createdAt = Timestamps.toColumn(now);
  }

  /**
   * Adds a round on the instrument's current version.
   *
   * @throws InvalidSurveyInput when the window is empty
   */
  public SurveyRound addRound(
      RoundKind kind, String label, Instant opensAt, Instant closesAt, Instant now) {
    if (!closesAt.isAfter(opensAt)) {
      throw InvalidSurveyInput.of("closesAt", "A round must close after it opens.");
    }
    int position = rounds.stream().mapToInt(SurveyRound::position).max().orElse(0) + 1;
    SurveyRound round =
        new SurveyRound(this, position, kind, label, instrument.current(), opensAt, closesAt, now);
    rounds.add(round);
    return round;
  }

  public Optional<SurveyRound> round(long roundId) {
    return rounds.stream().filter(r -> r.id() != null && r.id() == roundId).findFirst();
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public void retitle(String title) {
    this.title = title;
  }

  public Instrument instrument() {
    return instrument;
  }

  public long programId() {
    return programId;
  }

  public Optional<Long> moduleId() {
    return Optional.ofNullable(moduleId);
  }

  public List<SurveyRound> rounds() {
    return Collections.unmodifiableList(rounds);
  }

  public Instant createdAt() {
    return Timestamps.fromColumn(createdAt);
  }
}
