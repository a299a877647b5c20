package kz.kenes.crowdsourcing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.persistence.Timestamps;

/**
 * A crowdsourcing campaign: the organisers' call to revise a program (or some of its modules), with
 * its task and key questions, the participating stakeholder groups, the dates of its stages, its
 * governance and vote rules, and the stage it is in. It moves forward only ({@link #moveTo}).
 */
@Entity
@Table(name = "campaign")
public class Campaign {

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @Column(name = "university_id", nullable = false)
  private long universityId;

  @Column(name = "program_id", nullable = false)
  private long programId;

  @Column(name = "module_ids", nullable = false)
  private String moduleIds;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String task;

  @Column(name = "key_questions", nullable = false)
  private String keyQuestions;

  @Column(name = "group_codes", nullable = false)
  private String groupCodes;

  @Column(nullable = false)
  private String governance;

  @Column(name = "votes_per_participant", nullable = false)
  private int votesPerParticipant;

  @Column(name = "group_weights", nullable = false)
  private String groupWeights;

  @Column(name = "minimum_support", nullable = false)
  private BigDecimal minimumSupport;

  @Column(nullable = false)
  private String stage;

  @Column(name = "engagement_at")
  private LocalDateTime engagementAt;

  @Column(name = "collection_at")
  private LocalDateTime collectionAt;

  @Column(name = "selection_at")
  private LocalDateTime selectionAt;

  @Column(name = "voting_at")
  private LocalDateTime votingAt;

  @Column(name = "integration_at")
  private LocalDateTime integrationAt;

  @Column(name = "monitoring_at")
  private LocalDateTime monitoringAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  /** What an organiser writes about a campaign. */
  public record Terms(
      List<Long> moduleIds,
      String title,
      String task,
      String keyQuestions,
      List<String> groups,
      Governance governance,
      VoteRules voteRules,
      BigDecimal minimumSupport,
      CampaignSchedule schedule) {

    public Terms {
      moduleIds = List.copyOf(moduleIds);
      title = Texts.required("title", title, 300);
      task = Texts.required("task", task, 8000);
      keyQuestions = Texts.optional("keyQuestions", keyQuestions, 8000);
      if (groups.isEmpty()) {
        throw new InvalidInput("groups", "Name at least one participating group.");
      }
      groups.forEach(g -> Groups.requireCode("groups", g));
      groups = List.copyOf(groups);
      if (minimumSupport == null || minimumSupport.signum() < 0 || minimumSupport.scale() > 2) {
        throw new InvalidInput(
            "minimumSupport", "The minimum support is a number of weighted votes, 0 or more.");
      }
    }
  }

  protected Campaign() {}

  public Campaign(long universityId, long programId, Terms terms, String createdBy, Instant now) {
    this.universityId = universityId;
    this.programId = programId;
    this.stage = CampaignStage.PREPARATION.name();
    this.createdBy = createdBy;
    this.createdAt = Timestamps.toColumn(now);
    describe(terms, now);
  }

  /** Takes new terms (the caller checks the stage allows it). */
  public void describe(Terms terms, Instant now) {
    this.moduleIds = String.join(",", terms.moduleIds().stream().map(String::valueOf).toList());
    this.title = terms.title();
    this.task = terms.task();
    this.keyQuestions = terms.keyQuestions();
    this.groupCodes = Groups.join(terms.groups());
    this.governance = terms.governance().name();
    this.votesPerParticipant = terms.voteRules().votesPerParticipant();
    this.groupWeights = terms.voteRules().weightsText();
    this.minimumSupport = terms.minimumSupport();
    Map<CampaignStage, Instant> starts = terms.schedule().starts();
    this.engagementAt = column(starts.get(CampaignStage.ENGAGEMENT));
    this.collectionAt = column(starts.get(CampaignStage.COLLECTION));
    this.selectionAt = column(starts.get(CampaignStage.SELECTION));
    this.votingAt = column(starts.get(CampaignStage.VOTING));
    this.integrationAt = column(starts.get(CampaignStage.INTEGRATION));
    this.monitoringAt = column(starts.get(CampaignStage.MONITORING));
    this.updatedAt = Timestamps.toColumn(now);
  }

  /**
   * Moves the campaign forward to {@code target}; refuses ({@code stage-order}) a stage that is not
   * after the current one.
   */
  public CampaignStage moveTo(CampaignStage target, Instant now) {
    CampaignStage from = stage();
    if (target.compareTo(from) <= 0) {
      throw new kz.kenes.platform.domain.Conflict(
          "stage-order",
          "The campaign is in its "
              + from.code()
              + " stage and only moves forward, not to "
              + target.code()
              + ".");
    }
    this.stage = target.name();
    this.updatedAt = Timestamps.toColumn(now);
    return from;
  }

  /** The stage its dates say the campaign should have reached, when past the current one. */
  public Optional<CampaignStage> dueStage(Instant now) {
    return schedule().dueAfter(stage(), now);
  }

  private static LocalDateTime column(Instant instant) {
    return instant == null ? null : Timestamps.toColumn(instant);
  }

  private static void put(Map<CampaignStage, Instant> map, CampaignStage s, LocalDateTime at) {
    if (at != null) {
      map.put(s, Timestamps.fromColumn(at));
    }
  }

  public CampaignSchedule schedule() {
    Map<CampaignStage, Instant> starts = new EnumMap<>(CampaignStage.class);
    put(starts, CampaignStage.ENGAGEMENT, engagementAt);
    put(starts, CampaignStage.COLLECTION, collectionAt);
    put(starts, CampaignStage.SELECTION, selectionAt);
    put(starts, CampaignStage.VOTING, votingAt);
    put(starts, CampaignStage.INTEGRATION, integrationAt);
    put(starts, CampaignStage.MONITORING, monitoringAt);
    return new CampaignSchedule(starts);
  }

  public Long id() {
    return id;
  }

  public long universityId() {
    return universityId;
  }

  public long programId() {
    return programId;
  }

  public List<Long> moduleIds() {
    return Groups.split(moduleIds).stream().map(Long::valueOf).toList();
  }

  public String title() {
    return title;
  }

  public String task() {
    return task;
  }

  public String keyQuestions() {
    return keyQuestions;
  }

  public List<String> groups() {
    return Groups.split(groupCodes);
  }

  public Governance governance() {
    return Governance.valueOf(governance);
  }

  public VoteRules voteRules() {
    return new VoteRules(votesPerParticipant, VoteRules.parseWeights(groupWeights));
  }

  public BigDecimal minimumSupport() {
    return minimumSupport;
  }

  public CampaignStage stage() {
    return CampaignStage.valueOf(stage);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return Timestamps.fromColumn(createdAt);
  }

  public Instant updatedAt() {
    return Timestamps.fromColumn(updatedAt);
  }
}
