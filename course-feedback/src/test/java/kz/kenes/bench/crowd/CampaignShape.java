package kz.kenes.bench.crowd;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The shape of a generated campaign, as plain draws from a seeded random source: the stakeholder
 * group of a member, the status of a proposal, how many votes a proposal on the ballot draws
 * (Zipf-like: a few proposals draw most of them), and how many comments a proposal gets.
 */
final class CampaignShape {

  /** A stakeholder group and its share of the members, in percent. */
  record Group(String code, int percent) {}

  static final List<Group> GROUPS =
      List.of(
          new Group("learner", 50),
          new Group("graduate", 20),
          new Group("employer", 15),
          new Group("applicant", 10),
          new Group("staff", 5));

  /** A proposal status and its share, in percent (the codes as stored). */
  record Share(String status, int percent) {}

  static final List<Share> STATUSES =
      List.of(
          new Share("SUBMITTED", 70),
          new Share("SHORTLISTED", 10),
          new Share("MERGED", 8),
          new Share("ACCEPTED", 4),
          new Share("REJECTED", 8));

  /** Percent of submitted proposals a moderator hid. */
  static final int HIDDEN_PERCENT = 3;

  private CampaignShape() {}

  /** The group of member number {@code member} (0-based): fixed for a member, by the shares. */
  static String groupOf(int member) {
    int at = Math.floorMod(member * 37, 100);
    int upTo = 0;
    for (Group g : GROUPS) {
      upTo += g.percent();
      if (at < upTo) {
        return g.code();
      }
    }
    throw new IllegalStateException("group shares add up to " + upTo);
  }

  /** A status drawn by the shares. */
  static String status(SplittableRandom random) {
    int at = random.nextInt(100);
    int upTo = 0;
    for (Share s : STATUSES) {
      upTo += s.percent();
      if (at < upTo) {
        return s.status();
      }
    }
    throw new IllegalStateException("status shares add up to " + upTo);
  }

  /** Whether a proposal of this status is on the ballot (was voted on). */
  static boolean onBallot(String status) {
    return status.equals("SHORTLISTED") || status.equals("ACCEPTED") || status.equals("REJECTED");
  }

  /**
   * The votes each of {@code ballot} proposals draws, adding up to {@code total} (each at most
   * {@code voters}): the proposal of rank r draws in proportion to 1 / (r + 10), so the first
   * proposals are popular and the last draw a few votes.
   */
  static int[] votesPerProposal(int ballot, long total, int voters) {
    int[] votes = new int[ballot];
    if (ballot == 0) {
      return votes;
    }
    double norm = 0;
    for (int r = 0; r < ballot; r++) {
      norm += 1.0 / (r + 10);
    }
    long given = 0;
    for (int r = 0; r < ballot; r++) {
      votes[r] = (int) Math.min(voters, Math.floor(total * (1.0 / (r + 10)) / norm));
      given += votes[r];
    }
    // what the rounding left, one vote each from the first rank on, as long as there is room
    boolean room = true;
    while (given < total && room) {
      room = false;
      for (int r = 0; r < ballot && given < total; r++) {
        if (votes[r] < voters) {
          votes[r]++;
          given++;
          room = true;
        }
      }
    }
    return votes;
  }

  /** Comments on one proposal: 0 to 4, two on average. */
  static int comments(SplittableRandom random) {
    return random.nextInt(5);
  }
}
