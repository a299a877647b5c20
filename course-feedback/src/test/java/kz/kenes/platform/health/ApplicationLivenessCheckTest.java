package kz.kenes.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.MemoryUsage;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationLivenessCheckTest {

  private static final long MIB = 1024 * 1024;

  @Test
  void staysLiveWhenTheHeapIsFullOfGarbageThatCollectionFrees() {
    // in use now: 99 %, but after the last collections only 40 % survived
    MemoryUsage young = new MemoryUsage(0, 10 * MIB, 100 * MIB, 100 * MIB);
    MemoryUsage old = new MemoryUsage(0, 300 * MIB, 900 * MIB, 900 * MIB);
    assertThat(ApplicationLivenessCheck.hasHeadRoom(List.of(young, old))).isTrue();
  }

  @Test
  void isNotLiveWhenWhatSurvivesCollectionFillsTheHeap() {
    MemoryUsage young = new MemoryUsage(0, 96 * MIB, 100 * MIB, 100 * MIB);
    MemoryUsage old = new MemoryUsage(0, 870 * MIB, 900 * MIB, 900 * MIB);
    assertThat(ApplicationLivenessCheck.hasHeadRoom(List.of(young, old))).isFalse();
  }

  @Test
  void aPoolWithoutMaximumCountsWithWhatItCommitted() {
    MemoryUsage unbounded = new MemoryUsage(0, 50 * MIB, 100 * MIB, -1);
    assertThat(ApplicationLivenessCheck.hasHeadRoom(List.of(unbounded))).isTrue();
    MemoryUsage fullUnbounded = new MemoryUsage(0, 99 * MIB, 100 * MIB, -1);
    assertThat(ApplicationLivenessCheck.hasHeadRoom(List.of(fullUnbounded))).isFalse();
  }

  @Test
  void isLiveBeforeAnyCollection() {
    assertThat(ApplicationLivenessCheck.hasHeadRoom(List.of())).isTrue();
  }
}
