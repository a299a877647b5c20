package kz.kenes.crowdsourcing.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import kz.kenes.crowdsourcing.domain.SimilarText;
import kz.kenes.crowdsourcing.domain.SimilarTexts;

/**
 * The loop harness of docs/performance.md, "Similar proposals": 100,000 generated proposals (kk in
 * Cyrillic and Latin, ru, en) in one scope, then suggestion queries as a participant types (a
 * title's first words, the whole title, title and a sentence), timed one by one after a warm-up.
 * Run: {@code mvn -q -pl course-feedback exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=kz.kenes.crowdsourcing.application.SimilarSuggestTiming [-Dexec.args=100000]}.
 */
public final class SimilarSuggestTiming {

  private static final String[] WORDS = {
    "топырақ",
    "құнарлылығы",
    "модуль",
    "зертханалық",
    "жұмыс",
    "дрон",
    "ауыл",
    "шаруашылығы",
    "курс",
    "енгізу",
    "вакцинация",
    "кесте",
    "бағдарлама",
    "тәжірибе",
    "qosw",
    "modwl",
    "kurs",
    "bağdarlama",
    "почва",
    "плодородие",
    "лабораторная",
    "работа",
    "курс",
    "дроны",
    "сельское",
    "хозяйство",
    "практика",
    "ферма",
    "программа",
    "модуль",
    "soil",
    "fertility",
    "laboratory",
    "session",
    "course",
    "drones",
    "agriculture",
    "practice",
    "farm",
    "module",
    "python",
    "database",
    "query",
    "optimisation",
    "irrigation",
    "efficiency",
    "water",
    "climate",
    "yield",
    "seed",
    "economics",
    "animal",
    "vaccination",
    "schedule",
    "security",
    "network",
    "routing"
  };

  private static final String[] SYLLABLES = {
    "ка", "қа", "та", "ра", "ла", "ма", "на", "са", "да", "жа", "ғы", "лі", "ді", "ты", "ру", "ба",
    "ке", "ле", "ме", "не", "ше", "ө", "ү", "ұ", "ә", "ко", "ро", "по", "ве", "ли", "ni", "ta",
    "ra", "la", "ma", "na", "sa", "da", "qa", "ğy", "lı", "dı", "ty", "ru", "ko", "ro", "po", "ve",
    "li", "tion", "ment", "pro", "con", "ing", "er", "an", "or", "is", "at"
  };

  /** Generated words beside the field's own: a vocabulary as wide as real proposals have. */
  private static final String[] VOCABULARY = vocabulary(20_000);

  private SimilarSuggestTiming() {}

  private static String[] vocabulary(int size) {
    Random random = new Random(7);
    String[] words = new String[size];
    for (int i = 0; i < size; i++) {
      StringBuilder w = new StringBuilder();
      int syllables = 2 + random.nextInt(3);
      for (int j = 0; j < syllables; j++) {
        w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      words[i] = i < WORDS.length ? WORDS[i] : w.toString();
    }
    return words;
  }

  public static void main(String[] args) {
    int entries = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Random random = new Random(42);
    long start = System.nanoTime();
    try (SimilarityIndex index = new SimilarityIndex()) {
      List<SimilarTexts.Stamped> batch = new ArrayList<>();
      for (int i = 0; i < entries; i++) {
        batch.add(
            new SimilarTexts.Stamped(
                new SimilarText("campaign:1", i, sentence(random, 8), sentence(random, 40), "kk"),
                false,
                1));
        if (batch.size() == 10_000) {
          index.apply(batch, 1);
          batch.clear();
        }
      }
      index.apply(batch, 1);
      System.out.printf(
          Locale.ROOT,
          "indexed %d entries in %.1f s%n",
          index.size(),
          (System.nanoTime() - start) / 1e9);
      List<String> queries = new ArrayList<>();
      for (int i = 0; i < 2000; i++) {
        String title = sentence(random, 8);
        queries.add(
            switch (i % 3) {
              case 0 -> title.substring(0, Math.min(title.length(), 20));
              case 1 -> title;
              default -> title + " " + sentence(random, 15);
            });
      }
      for (String q : queries.subList(0, 500)) {
        index.similar(q, 5, SimilarProposals.THRESHOLD, null);
      }
      long[] micros = new long[queries.size() - 500];
      long[] cpuMicros = new long[micros.length];
      java.lang.management.ThreadMXBean cpu =
          java.lang.management.ManagementFactory.getThreadMXBean();
      for (int i = 500; i < queries.size(); i++) {
        long c = cpu.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        index.similar(queries.get(i), 5, SimilarProposals.THRESHOLD, null);
        micros[i - 500] = (System.nanoTime() - t) / 1000;
        cpuMicros[i - 500] = (cpu.getCurrentThreadCpuTime() - c) / 1000;
      }
      Arrays.sort(micros);
      Arrays.sort(cpuMicros);
      System.out.printf(
          Locale.ROOT,
          "CPU time of the query thread: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
          cpuMicros[cpuMicros.length / 2] / 1000.0,
          cpuMicros[(int) (cpuMicros.length * 0.95)] / 1000.0,
          cpuMicros[(int) (cpuMicros.length * 0.99)] / 1000.0);
      System.out.printf(
          Locale.ROOT,
          "%d queries, wall clock: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
          micros.length,
          micros[micros.length / 2] / 1000.0,
          micros[(int) (micros.length * 0.95)] / 1000.0,
          micros[(int) (micros.length * 0.99)] / 1000.0,
          micros[micros.length - 1] / 1000.0);
    }
  }

  private static String sentence(Random random, int words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        s.append(' ');
      }
      // Zipf-like: a few words very often, most rarely
      double u = random.nextDouble();
      s.append(VOCABULARY[(int) (VOCABULARY.length * u * u * u)]);
    }
    return s.toString();
  }
}
