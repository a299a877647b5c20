package kz.kenes.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import kz.kenes.platform.persistence.Timestamps;

/**
 * A stakeholder group: every response belongs to one, and the analysis is broken down by group.
 * Four are built in (learner, applicant, employer, graduate); administrators add their own.
 */
@Entity
@Table(name = "stakeholder_group")
public class StakeholderGroup {

  /** The group of learners answering from their LTI launch. */
  public static final String LEARNER = "learner";

  @Id private String code;

  @Convert(converter = TranslationsConverter.class)
  @Column(nullable = false)
  private Translations name;

  @Column(name = "built_in", nullable = false)
  private boolean builtIn;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected StakeholderGroup() {}

  public StakeholderGroup(String code, Translations name, Instant now) {
    this.code = code;
    this.name = name.stripped();
    this.builtIn = false;
    this.createdAt = Timestamps.toColumn(now);
  }

  public String code() {
    return code;
  }

  public Translations name() {
    return name;
  }

  public boolean builtIn() {
    return builtIn;
  }
}
