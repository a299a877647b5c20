package kz.kenes.crowdsourcing.domain;

import java.time.Instant;
import java.util.List;

/**
 * A proposal was accepted into its program: the CDI event, fired in the decision's transaction,
 * through which a program revision record will open a change (the seam to the revision part of the
 * context, docs/crowdsourcing.md "Integration"). Nothing observes it yet.
 */
public record ProposalAccepted(
    long campaignId,
    long proposalId,
    long programId,
    List<Long> moduleIds,
    ProposalKind kind,
    String title,
    String text,
    String reason,
    String decidedBy,
    Instant decidedAt) {}
