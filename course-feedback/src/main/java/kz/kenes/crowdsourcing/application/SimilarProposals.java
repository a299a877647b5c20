package kz.kenes.crowdsourcing.application;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import kz.kenes.crowdsourcing.domain.SimilarMatch;
import kz.kenes.crowdsourcing.domain.SimilarText;
import kz.kenes.crowdsourcing.domain.SimilarTexts;
import kz.kenes.platform.domain.InvalidInput;

/**
 * Suggests the entries of a scope (a campaign's proposals) most similar to a text, for "similar
 * proposals" while a participant types and for organisers looking for duplicates to merge
 * (docs/similar-proposals.md, ADR 0023). The entries live in the database ({@link SimilarTexts});
 * each node keeps a Lucene index per scope in memory, derived from them: before a query it reads
 * the scope's version stamp (one indexed row) and, when the database is ahead, the entries written
 * since, so every node answers from what the database holds and H2, PostgreSQL and several nodes
 * behave alike.
 */
@ApplicationScoped
public class SimilarProposals {

  /**
   * The similarity from which a text counts as a near-duplicate: chosen on the labelled pairs of
   * the tests (precision and recall in docs/similar-proposals.md).
   */
  public static final double THRESHOLD = 0.55;

  public static final int MAX_K = 20;
  public static final int MAX_QUERY = 4000;

  private static final Pattern SCOPE = Pattern.compile("[a-z][a-z0-9-]{0,30}:[0-9]{1,18}");

  @Inject SimilarTexts texts;

  private final Map<String, SimilarityIndex> indexes = new ConcurrentHashMap<>();

  /** Writes an entry; every node's index takes it before its next query of the scope. */
  public void put(SimilarText text) {
    texts.put(checked(text));
  }

  public boolean remove(String scope, long entryId) {
    return texts.remove(scope(scope), entryId);
  }

  /**
   * The {@code k} entries of the scope most similar to the text, at least {@code threshold} similar
   * (null: {@link #THRESHOLD}), best first; {@code excluded}: an entry not to suggest (the one
   * being edited).
   */
  public List<SimilarMatch> suggest(
      String scope, String text, int k, Double threshold, Long excluded) {
    String checkedScope = scope(scope);
    if (text == null || text.isBlank()) {
      return List.of();
    }
    if (text.length() > MAX_QUERY) {
      throw new InvalidInput("q", "'q' is at most " + MAX_QUERY + " characters.");
    }
    if (k < 1 || k > MAX_K) {
      throw new InvalidInput("k", "'k' is between 1 and " + MAX_K + ".");
    }
    double min = threshold == null ? THRESHOLD : threshold;
    if (min < 0 || min > 1) {
      throw new InvalidInput("threshold", "'threshold' is between 0 and 1.");
    }
    return current(checkedScope).similar(text, k, min, excluded);
  }

  /** The scope's index, brought up to the version the database holds. */
  SimilarityIndex current(String scope) {
    long stamp = texts.version(scope);
    SimilarityIndex index = indexes.computeIfAbsent(scope, s -> new SimilarityIndex());
    if (index.version() < stamp) {
      synchronized (index) {
        long known = index.version();
        if (known < stamp) {
          List<SimilarTexts.Stamped> changed = texts.changedSince(scope, known);
          long newest =
              changed.stream().mapToLong(SimilarTexts.Stamped::version).max().orElse(stamp);
          index.apply(changed, Math.max(stamp, newest));
        }
      }
    }
    return index;
  }

  static String scope(String scope) {
    if (scope == null || !SCOPE.matcher(scope).matches()) {
      throw new InvalidInput(
          "scope", "'scope' is a kind and an id, e.g. campaign:12 (lower-case letters, digits).");
    }
    return scope;
  }

  private static SimilarText checked(SimilarText text) {
    scope(text.scope());
    if (text.title().length() > 300) {
      throw new InvalidInput("title", "'title' is at most 300 characters.");
    }
    if (text.body().length() > 20_000) {
      throw new InvalidInput("body", "'body' is at most 20000 characters.");
    }
    if (!List.of("kk", "ru", "en", "").contains(text.lang())) {
      throw new InvalidInput("lang", "'lang' is kk, ru or en.");
    }
    if (text.title().isBlank() && text.body().isBlank()) {
      throw new InvalidInput("title", "An entry has a title or a body.");
    }
    return text;
  }

  @PreDestroy
  void close() {
    indexes.values().forEach(SimilarityIndex::close);
    indexes.clear();
  }
}
