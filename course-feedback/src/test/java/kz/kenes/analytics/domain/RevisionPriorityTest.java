package kz.kenes.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kz.kenes.analytics.domain.RevisionPriority.Standing;
import org.junit.jupiter.api.Test;

class RevisionPriorityTest {

  private static List<Standing> sorted(Standing... standings) {
    List<Standing> list = new ArrayList<>(List.of(standings));
    list.sort(RevisionPriority.FIRST_TO_REVISE);
    return list;
  }

  @Test
  void theLowestMeanComesFirstThenTheMoreDissatisfiedThenTheLargerN() {
    Standing good = new Standing(40, true, 2.6, 0.05);
    Standing poor = new Standing(10, true, 1.2, 0.5);
    Standing poorButFewerDissatisfied = new Standing(10, true, 1.2, 0.3);
    Standing poorLarger = new Standing(90, true, 1.2, 0.5);
    assertThat(sorted(good, poorButFewerDissatisfied, poor, poorLarger))
        .containsExactly(poorLarger, poor, poorButFewerDissatisfied, good);
  }

  @Test
  void withheldLinesComeAfterTheShownAndUnratedOnesLast() {
    Standing unrated = new Standing(0, false, 0, 0);
    Standing withheld = new Standing(3, false, 0, 0);
    Standing shown = new Standing(5, true, 2.9, 0);
    assertThat(sorted(unrated, withheld, shown)).containsExactly(shown, withheld, unrated);
  }
}
