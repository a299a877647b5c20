package kz.kenes.program.domain;

/** One week of a course plan's structure: its number (from 1) and its topic. */
public record WeeklyTopic(int week, String topic) {

  public WeeklyTopic {
    if (week < 1) {
      throw new IllegalArgumentException("weeks are numbered from 1");
    }
    topic = University.requireText(topic, "topic");
  }
}
