package kz.kenes.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import kz.kenes.platform.persistence.Timestamps;

/**
 * A link that lets people without an LMS account (applicants, employers, graduates, or a group the
 * admin defined) answer one round. The group is fixed by the link; a link is single-use or
 * multi-use up to a quota, and expires. Only the SHA-256 of its token is stored: the link itself is
 * shown once, when it is made. An anonymous link keeps nothing that could link a response to a
 * person, not even a pairing code.
 */
@Entity
@Table(name = "survey_invitation")
public class Invitation {

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "round_id")
  private SurveyRound round;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "group_code", nullable = false)
  private String groupCode;

  private String label;

  @Column(name = "max_uses", nullable = false)
  private int maxUses;

  @Column(nullable = false)
  private int uses;

  @Column(nullable = false)
  private boolean anonymous;

  @Column(name = "expires_at", nullable = false)
  private LocalDateTime expiresAt;

  @Column(name = "revoked_at")
  private LocalDateTime revokedAt;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  /** The one-time id of the staff page form that made the link; null for the API. */
  @Column(name = "form_id")
  private String formId;

  protected Invitation() {}

  public Invitation(
      SurveyRound round,
      String tokenHash,
      String groupCode,
      String label,
      int maxUses,
      boolean anonymous,
      Instant expiresAt,
      Instant now) {
    this.round = round;
    this.tokenHash = tokenHash;
    this.groupCode = groupCode;
    this.label = label;
    this.maxUses = maxUses;
    this.anonymous = anonymous;
    this.expiresAt = Timestamps.toColumn(expiresAt);
    this.createdAt = Timestamps.toColumn(now);
  }

  /** Marks the link as made by the page form {@code formId}, so that form cannot make another. */
  public Invitation madeByForm(String formId) {
    this.formId = formId;
    return this;
  }

  private static final LinkTerms.Wording WORDING =
      new LinkTerms.Wording("the survey's organisers", "responses");

  /** The link's uses, expiry and withdrawal, under the rules every link follows. */
  public LinkTerms terms() {
    return new LinkTerms(maxUses, uses, expiresAt(), revokedAt().orElse(null));
  }

  /** Why the link takes no new respondent now, if it takes none. */
  public Optional<String> refusal(Instant now) {
    return terms().refusal(now, WORDING);
  }

  /** {@code active}, {@code used-up}, {@code expired} or {@code revoked}. */
  public String state(Instant now) {
    return terms().state(now);
  }

  /**
   * Refuses ({@link InvitationUnavailable}) a change of a response made through the link once the
   * link is withdrawn or expired; a used-up link still lets its respondents change their answers.
   */
  public void requireChangeable(Instant now) {
    terms().requireChangeable(now, WORDING);
  }

  /** Refuses ({@link InvitationUnavailable}) when the link takes no new respondent now. */
  public void requireAvailable(Instant now) {
    terms().requireAvailable(now, WORDING);
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = Timestamps.toColumn(now);
    }
  }

  public Long id() {
    return id;
  }

  public SurveyRound round() {
    return round;
  }

  public String groupCode() {
    return groupCode;
  }

  public Optional<String> label() {
    return Optional.ofNullable(label);
  }

  public int maxUses() {
    return maxUses;
  }

  public int uses() {
    return uses;
  }

  public boolean anonymous() {
    return anonymous;
  }

  public Instant expiresAt() {
    return Timestamps.fromColumn(expiresAt);
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(Timestamps.fromColumn(revokedAt));
  }

  public Instant createdAt() {
    return Timestamps.fromColumn(createdAt);
  }
}
