package kz.kenes.bench.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Who answers in which round: groups, latent satisfaction and the people in both rounds. */
final class Respondents {

  /** One respondent of one round; {@code person} is shared by a linked pair. */
  record Respondent(int group, double theta, long person) {}

  private final List<List<Respondent>> rounds;
  private final long pairs;

  private Respondents(List<List<Respondent>> rounds, long pairs) {
    this.rounds = rounds;
    this.pairs = pairs;
  }

  int perRound() {
    return rounds.get(0).size();
  }

  long pairs() {
    return pairs;
  }

  Respondent get(int round, int index) {
    return rounds.get(round).get(index);
  }

  /**
   * Each round gets {@code perRound} respondents split by the groups' shares, in random order;
   * {@code pairedPercent} of each group's follow-up respondents are baseline respondents again.
   */
  static Respondents draw(SplittableRandom random, int perRound, int pairedPercent) {
    List<Respondent> baseline = new ArrayList<>(perRound);
    List<Respondent> followUp = new ArrayList<>(perRound);
    long person = 0;
    long pairs = 0;
    int assigned = 0;
    for (int g = 0; g < StudyShape.GROUPS.size(); g++) {
      StudyShape.Group group = StudyShape.GROUPS.get(g);
      int size =
          g == StudyShape.GROUPS.size() - 1
              ? perRound - assigned
              : (int) Math.round(perRound * group.share());
      assigned += size;
      int linked = size * pairedPercent / 100;
      for (int i = 0; i < size; i++) {
        Respondent before = new Respondent(g, StudyShape.drawTheta(random, group, 0), person++);
        baseline.add(before);
        if (i < linked) {
          followUp.add(
              new Respondent(
                  g, StudyShape.followUpTheta(random, group, before.theta()), before.person()));
          pairs++;
        } else {
          followUp.add(new Respondent(g, StudyShape.drawTheta(random, group, 1), person++));
        }
      }
    }
    shuffle(random, baseline);
    shuffle(random, followUp);
    return new Respondents(List.of(baseline, followUp), pairs);
  }

  private static void shuffle(SplittableRandom random, List<Respondent> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Respondent swap = list.get(i);
      list.set(i, list.get(j));
      list.set(j, swap);
    }
  }
}
