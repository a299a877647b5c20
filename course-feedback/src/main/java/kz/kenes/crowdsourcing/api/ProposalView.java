package kz.kenes.crowdsourcing.api;

import java.time.Instant;
import java.util.List;
import kz.kenes.crowdsourcing.domain.Proposal;

/** A proposal as listed: its current version and where it is in the selection. */
public record ProposalView(
    long id,
    long campaignId,
    String kind,
    List<Long> moduleIds,
    String title,
    String text,
    String rationale,
    String author,
    String group,
    String status,
    int currentVersion,
    Long mergedInto,
    boolean hidden,
    String hiddenReason,
    String decisionReason,
    Instant decidedAt,
    Instant createdAt) {

  public static ProposalView of(Proposal p) {
    return new ProposalView(
        p.id(),
        p.campaignId(),
        p.kind().code(),
        p.moduleIds(),
        p.title(),
        p.content().body(),
        p.content().rationale(),
        p.authorKey(),
        p.groupCode(),
        p.status().code(),
        p.currentVersion(),
        p.mergedInto().orElse(null),
        p.hidden(),
        p.hiddenReason().orElse(null),
        p.decisionReason().orElse(null),
        p.decidedAt().orElse(null),
        p.createdAt());
  }
}
