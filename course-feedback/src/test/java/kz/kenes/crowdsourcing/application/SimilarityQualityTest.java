package kz.kenes.crowdsourcing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.kenes.crowdsourcing.domain.SimilarMatch;
import kz.kenes.crowdsourcing.domain.SimilarText;
import kz.kenes.crowdsourcing.domain.SimilarTexts;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the similar-proposal detection on the labelled pairs of {@code
 * similarity/near-duplicate-pairs.tsv} (kk in Cyrillic and Latin, ru, en): every pair's second text
 * is indexed in one scope, every first text asked for with {@link SimilarProposals#THRESHOLD}; a
 * near-duplicate pair is found when its second text is among the suggestions, a pair of different
 * proposals is a false alarm when it is. The figures are in docs/similar-proposals.md; the floors
 * below keep them from sliding.
 */
class SimilarityQualityTest {

  record Pair(boolean duplicate, String lang, String a, String b) {}

  static List<Pair> pairs() throws IOException {
    List<Pair> pairs = new ArrayList<>();
    try (InputStream in =
        SimilarityQualityTest.class.getResourceAsStream("/similarity/near-duplicate-pairs.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        pairs.add(new Pair(f[0].equals("dup"), f[1], f[2], f[3]));
      }
    }
    return pairs;
  }

  /** Precision, recall and counts, per language or overall. */
  record Figures(int tp, int fp, int fn, int tn) {
    double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "tp=%d fp=%d fn=%d tn=%d precision=%.3f recall=%.3f",
          tp,
          fp,
          fn,
          tn,
          precision(),
          recall());
    }
  }

  static Figures evaluate(List<Pair> pairs, double threshold, String lang) {
    try (SimilarityIndex index = new SimilarityIndex()) {
      List<SimilarTexts.Stamped> entries = new ArrayList<>();
      for (int i = 0; i < pairs.size(); i++) {
        Pair p = pairs.get(i);
        entries.add(
            new SimilarTexts.Stamped(
                new SimilarText("campaign:1", i, p.b(), "", p.lang()), false, 1));
      }
      index.apply(entries, 1);
      int tp = 0;
      int fp = 0;
      int fn = 0;
      int tn = 0;
      for (int i = 0; i < pairs.size(); i++) {
        Pair p = pairs.get(i);
        if (lang != null && !lang.equals(p.lang())) {
          continue;
        }
        long id = i;
        boolean found =
            index.similar(p.a(), 5, threshold, null).stream()
                .map(SimilarMatch::entryId)
                .anyMatch(e -> e == id);
        if (p.duplicate()) {
          if (found) {
            tp++;
          } else {
            fn++;
          }
        } else if (found) {
          fp++;
        } else {
          tn++;
        }
      }
      return new Figures(tp, fp, fn, tn);
    }
  }

  @Test
  void theLabelledSetHasAtLeastSixtyPairsInEveryLanguage() throws IOException {
    List<Pair> pairs = pairs();
    assertThat(pairs).hasSizeGreaterThanOrEqualTo(60);
    assertThat(pairs).extracting(Pair::lang).contains("kk", "ru", "en");
    assertThat(pairs.stream().filter(p -> p.a().matches(".*[a-z].*") && p.lang().equals("kk")))
        .isNotEmpty();
  }

  @Test
  void precisionAndRecallAtTheThresholdStayAboveTheirFloors() throws IOException {
    List<Pair> pairs = pairs();
    Figures all = evaluate(pairs, SimilarProposals.THRESHOLD, null);
    System.out.println("similarity at " + SimilarProposals.THRESHOLD + ": " + all);
    for (String lang : List.of("kk", "ru", "en")) {
      System.out.println("  " + lang + ": " + evaluate(pairs, SimilarProposals.THRESHOLD, lang));
    }
    for (double t = 0.25; t <= 0.751; t += 0.05) {
      System.out.println(
          String.format(Locale.ROOT, "  threshold %.2f: %s", t, evaluate(pairs, t, null)));
    }
    try (SimilarityIndex index = new SimilarityIndex()) {
      double minDuplicate =
          pairs.stream()
              .filter(Pair::duplicate)
              .mapToDouble(p -> index.similarity(p.a(), p.b()))
              .min()
              .orElse(0);
      double maxOther =
          pairs.stream()
              .filter(p -> !p.duplicate())
              .mapToDouble(p -> index.similarity(p.a(), p.b()))
              .max()
              .orElse(0);
      System.out.println(
          String.format(
              Locale.ROOT,
              "  lowest near-duplicate %.3f, highest different pair %.3f",
              minDuplicate,
              maxOther));
    }
    assertThat(all.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(all.recall()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void kazakhInCyrillicAndLatinFoldToTheSameTerms() {
    try (SimilarityIndex index = new SimilarityIndex()) {
      assertThat(index.grams("Қазақ тілі, ҚҰЗЫРЕТ және Әдіс"))
          .isEqualTo(index.grams("Qazaq tılı, QUZYRET jäne ädıs"));
      assertThat(index.similarity("шаруашылығы", "şarwaşylyğy")).isEqualTo(1.0);
      assertThat(index.similarity("Öñdeu", "өңдеу")).isEqualTo(1.0);
    }
  }

  @Test
  void caseAndDiacriticsDoNotMatter() {
    try (SimilarityIndex index = new SimilarityIndex()) {
      assertThat(index.similarity("Café crème", "CAFE CREME")).isEqualTo(1.0);
      assertThat(index.similarity("ёмкость", "Емкость")).isEqualTo(1.0);
    }
  }
}
