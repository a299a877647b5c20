package kz.kenes.crowdsourcing.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import kz.kenes.crowdsourcing.domain.CampaignNotification;
import kz.kenes.crowdsourcing.domain.Proposal;
import kz.kenes.crowdsourcing.domain.ProposalComment;
import kz.kenes.crowdsourcing.domain.ProposalFilter;
import kz.kenes.crowdsourcing.domain.ProposalMerge;
import kz.kenes.crowdsourcing.domain.ProposalReport;
import kz.kenes.crowdsourcing.domain.ProposalRepository;
import kz.kenes.crowdsourcing.domain.ProposalVersion;
import kz.kenes.crowdsourcing.domain.ReviewDecision;
import kz.kenes.platform.persistence.Timestamps;

/**
 * Proposals, their versions, comments, reports and notifications (JPA); co-authors, ratings,
 * reviews and votes (JDBC: rows keyed by two columns).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaProposalRepository implements ProposalRepository {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  private Jdbc jdbc;
  private CampaignParticipants participants;

  @PostConstruct
  void init() {
    jdbc = new Jdbc(dataSource);
    participants = new CampaignParticipants(dataSource);
  }

  @Override
  public Optional<Proposal> find(long id) {
    return Optional.ofNullable(em.find(Proposal.class, id));
  }

  @Override
  public Optional<Proposal> lock(long id) {
    return Optional.ofNullable(em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Proposal store(Proposal proposal) {
    boolean created = proposal.id() == null;
    if (created) {
      em.persist(proposal);
    }
    em.flush();
    if (created) {
      participants.add(
          proposal.campaignId(),
          proposal.groupCode(),
          proposal.authorKey(),
          CampaignParticipants.Contribution.PROPOSAL);
    }
    return proposal;
  }

  @Override
  public List<Proposal> ofCampaign(long campaignId, boolean withHidden, int offset, int limit) {
    return em.createQuery(
            "select p from Proposal p where p.campaignId = :campaign"
                + (withHidden ? "" : " and p.hiddenReason is null")
                + " order by p.createdAt, p.id",
            Proposal.class)
        .setParameter("campaign", campaignId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(long campaignId, boolean withHidden) {
    return em.createQuery(
            "select count(p) from Proposal p where p.campaignId = :campaign"
                + (withHidden ? "" : " and p.hiddenReason is null"),
            Long.class)
        .setParameter("campaign", campaignId)
        .getSingleResult();
  }

  @Override
  public List<Proposal> ofCampaign(long campaignId, ProposalFilter filter, int offset, int limit) {
    var query =
        em.createQuery(
            "select p from Proposal p where p.campaignId = :campaign"
                + where(filter)
                + " order by p.createdAt, p.id",
            Proposal.class);
    query.setParameter("campaign", campaignId);
    filter.status().ifPresent(s -> query.setParameter("status", s.name()));
    filter.group().ifPresent(g -> query.setParameter("group", g));
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long count(long campaignId, ProposalFilter filter) {
    var query =
        em.createQuery(
            "select count(p) from Proposal p where p.campaignId = :campaign" + where(filter),
            Long.class);
    query.setParameter("campaign", campaignId);
    filter.status().ifPresent(s -> query.setParameter("status", s.name()));
    filter.group().ifPresent(g -> query.setParameter("group", g));
    return query.getSingleResult();
  }

  /** The filter's conditions, with parameters {@code status} and {@code group}. */
  private static String where(ProposalFilter filter) {
    StringBuilder where = new StringBuilder();
    filter.status().ifPresent(s -> where.append(" and p.status = :status"));
    filter.group().ifPresent(g -> where.append(" and p.groupCode = :group"));
    filter
        .hidden()
        .ifPresent(
            h ->
                where.append(
                    h ? " and p.hiddenReason is not null" : " and p.hiddenReason is null"));
    return where.toString();
  }

  @Override
  public List<ProposalReport> reportsOfCampaign(long campaignId, int limit) {
    return em.createQuery(
            "select r from ProposalReport r, Proposal p where p.id = r.proposalId"
                + " and p.campaignId = :campaign order by r.createdAt desc, r.id desc",
            ProposalReport.class)
        .setParameter("campaign", campaignId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public ProposalVersion storeVersion(ProposalVersion version) {
    if (version.id() == null) {
      em.persist(version);
    }
    em.flush();
    return version;
  }

  @Override
  public List<ProposalVersion> versions(long proposalId) {
    return em.createQuery(
            "select v from ProposalVersion v where v.proposalId = :proposal order by v.number",
            ProposalVersion.class)
        .setParameter("proposal", proposalId)
        .getResultList();
  }

  @Override
  public Optional<ProposalVersion> version(long proposalId, int number) {
    return em.createQuery(
            "select v from ProposalVersion v where v.proposalId = :proposal"
                + " and v.number = :number",
            ProposalVersion.class)
        .setParameter("proposal", proposalId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  @Override
  public ProposalComment storeComment(ProposalComment comment) {
    boolean created = comment.id() == null;
    if (created) {
      em.persist(comment);
    }
    em.flush();
    if (created) {
      participants.add(
          em.find(Proposal.class, comment.proposalId()).campaignId(),
          comment.groupCode(),
          comment.authorKey(),
          CampaignParticipants.Contribution.COMMENT);
    }
    return comment;
  }

  @Override
  public Optional<ProposalComment> comment(long commentId) {
    return Optional.ofNullable(em.find(ProposalComment.class, commentId));
  }

  @Override
  public List<ProposalComment> comments(long proposalId) {
    return em.createQuery(
            "select c from ProposalComment c where c.proposalId = :proposal"
                + " order by c.createdAt, c.id",
            ProposalComment.class)
        .setParameter("proposal", proposalId)
        .getResultList();
  }

  @Override
  public ProposalReport storeReport(ProposalReport report) {
    em.persist(report);
    em.flush();
    return report;
  }

  @Override
  public List<ProposalReport> reports(long proposalId) {
    return em.createQuery(
            "select r from ProposalReport r where r.proposalId = :proposal order by r.createdAt",
            ProposalReport.class)
        .setParameter("proposal", proposalId)
        .getResultList();
  }

  @Override
  public void addContributor(long proposalId, String memberKey, String groupCode, long via) {
    em.flush();
    boolean present =
        !jdbc.query(
                "select 1 from proposal_contributor where proposal_id = ? and member_key = ?",
                rows -> 1,
                proposalId,
                memberKey)
            .isEmpty();
    if (!present) {
      jdbc.update(
          "insert into proposal_contributor (proposal_id, member_key, group_code, via)"
              + " values (?, ?, ?, ?)",
          proposalId,
          memberKey,
          groupCode,
          via);
    }
  }

  @Override
  public Map<String, String> contributors(long proposalId) {
    Map<String, String> contributors = new LinkedHashMap<>();
    jdbc.query(
        "select member_key, group_code from proposal_contributor where proposal_id = ?"
            + " order by member_key",
        rows -> contributors.put(rows.getString(1), rows.getString(2)),
        proposalId);
    return contributors;
  }

  @Override
  public void rate(long proposalId, String raterKey, int usefulness, Instant now) {
    em.flush();
    int updated =
        jdbc.update(
            "update proposal_rating set usefulness = ?, created_at = ?"
                + " where proposal_id = ? and rater_key = ?",
            usefulness,
            Timestamps.toColumn(now),
            proposalId,
            raterKey);
    if (updated == 0) {
      jdbc.update(
          "insert into proposal_rating (proposal_id, rater_key, usefulness, created_at)"
              + " values (?, ?, ?, ?)",
          proposalId,
          raterKey,
          usefulness,
          Timestamps.toColumn(now));
    }
  }

  @Override
  public Optional<Rating> rating(long proposalId) {
    return jdbc
        .query(
            "select sum(usefulness), count(*) from proposal_rating where proposal_id = ?",
            rows -> {
              int count = rows.getInt(2);
              return count == 0
                  ? null
                  : new Rating(
                      BigDecimal.valueOf(rows.getLong(1))
                          .divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP),
                      count);
            },
            proposalId)
        .stream()
        .filter(r -> r != null)
        .findFirst();
  }

  @Override
  public void review(long proposalId, Review review, Instant now) {
    em.flush();
    int updated =
        jdbc.update(
            "update proposal_review set strengths = ?, weaknesses = ?, decision = ?,"
                + " created_at = ? where proposal_id = ? and expert_key = ?",
            review.strengths(),
            review.weaknesses(),
            review.decision().name(),
            Timestamps.toColumn(now),
            proposalId,
            review.expertKey());
    if (updated == 0) {
      jdbc.update(
          "insert into proposal_review (proposal_id, expert_key, strengths, weaknesses,"
              + " decision, created_at) values (?, ?, ?, ?, ?, ?)",
          proposalId,
          review.expertKey(),
          review.strengths(),
          review.weaknesses(),
          review.decision().name(),
          Timestamps.toColumn(now));
    }
  }

  @Override
  public List<Review> reviews(long proposalId) {
    return jdbc.query(
        "select expert_key, strengths, weaknesses, decision from proposal_review"
            + " where proposal_id = ? order by created_at, expert_key",
        rows ->
            new Review(
                rows.getString(1),
                rows.getString(2),
                rows.getString(3),
                ReviewDecision.valueOf(rows.getString(4))),
        proposalId);
  }

  @Override
  public boolean vote(
      long campaignId, long proposalId, ProposalMerge.Vote vote, Long carriedFrom, Instant now) {
    em.flush();
    boolean present =
        !jdbc.query(
                "select 1 from proposal_vote where proposal_id = ? and voter_key = ?",
                rows -> 1,
                proposalId,
                vote.voterKey())
            .isEmpty();
    if (present) {
      return false;
    }
    jdbc.update(
        "insert into proposal_vote (proposal_id, voter_key, campaign_id, group_code, weight,"
            + " carried_from, created_at) values (?, ?, ?, ?, ?, ?, ?)",
        proposalId,
        vote.voterKey(),
        campaignId,
        vote.groupCode(),
        vote.weight(),
        carriedFrom,
        Timestamps.toColumn(now));
    participants.add(
        campaignId, vote.groupCode(), vote.voterKey(), CampaignParticipants.Contribution.VOTE);
    return true;
  }

  @Override
  public boolean withdrawVote(long proposalId, String voterKey) {
    List<Object[]> cast =
        jdbc.query(
            "select campaign_id, group_code from proposal_vote"
                + " where proposal_id = ? and voter_key = ?",
            rows -> new Object[] {rows.getLong(1), rows.getString(2)},
            proposalId,
            voterKey);
    if (cast.isEmpty()
        || jdbc.update(
                "delete from proposal_vote where proposal_id = ? and voter_key = ?",
                proposalId,
                voterKey)
            == 0) {
      return false;
    }
    participants.withdrawVote((Long) cast.get(0)[0], (String) cast.get(0)[1], voterKey);
    return true;
  }

  @Override
  public List<ProposalMerge.Vote> votes(long proposalId) {
    return jdbc.query(
        "select voter_key, group_code, weight from proposal_vote where proposal_id = ?"
            + " order by created_at, voter_key",
        rows -> new ProposalMerge.Vote(rows.getString(1), rows.getString(2), rows.getBigDecimal(3)),
        proposalId);
  }

  @Override
  public int votesCast(long campaignId, String voterKey) {
    em.flush();
    return jdbc.query(
            "select count(*) from proposal_vote v join campaign_proposal p on p.id = v.proposal_id"
                + " where v.campaign_id = ? and v.voter_key = ? and p.status <> 'MERGED'",
            rows -> rows.getInt(1),
            campaignId,
            voterKey)
        .get(0);
  }

  @Override
  public Map<String, BigDecimal> supportByGroup(long proposalId) {
    Map<String, BigDecimal> support = new LinkedHashMap<>();
    jdbc.query(
        "select group_code, sum(weight) from proposal_vote where proposal_id = ?"
            + " group by group_code order by group_code",
        rows -> support.put(rows.getString(1), rows.getBigDecimal(2)),
        proposalId);
    return support;
  }

  @Override
  public CampaignNotification notify(CampaignNotification notification) {
    em.persist(notification);
    return notification;
  }

  @Override
  public List<CampaignNotification> notificationsOf(String recipientKey, int limit) {
    return em.createQuery(
            "select n from CampaignNotification n where n.recipientKey = :recipient"
                + " order by n.createdAt desc, n.id desc",
            CampaignNotification.class)
        .setParameter("recipient", recipientKey)
        .setMaxResults(limit)
        .getResultList();
  }
}
