package kz.kenes.crowdsourcing.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.kenes.crowdsourcing.domain.SimilarMatch;
import kz.kenes.crowdsourcing.domain.SimilarText;
import kz.kenes.crowdsourcing.domain.SimilarTexts;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * One scope's similarity index, in memory and derived from the stored entries: Lucene finds the
 * candidates sharing the most folded character trigrams with a query (BM25 over the trigrams), and
 * each candidate is scored by the Dice coefficient of its trigram set and the query's, which is 1
 * for the same text and comparable across queries, so that one threshold means one thing. The index
 * knows the version of the scope it reflects; {@link #apply} brings it forward.
 */
final class SimilarityIndex implements AutoCloseable {

  /** Trigrams of a query at most: its rarest ones. */
  static final int QUERY_TERMS = 48;

  /** Candidates that Lucene finds for the Dice coefficient to score. */
  static final int CANDIDATES = 24;

  /** Characters of an entry's text (title, then body) compared with a query. */
  static final int COMPARED_CHARS = 600;

  private static final String ID = "id";
  private static final String TEXT = "text";

  /** The stored trigram set of an entry's compared text, space-separated. */
  private static final String COMPARED = "grams";

  private static final String TITLE = "title";
  private static final String LANG = "lang";

  private final Analyzer analyzer = new SimilarityAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private volatile long version;

  SimilarityIndex() {
    try {
      writer =
          new IndexWriter(
              new ByteBuffersDirectory(), new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64));
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long version() {
    return version;
  }

  /** Writes the changed entries (removals too) and moves the index to {@code newVersion}. */
  synchronized void apply(List<SimilarTexts.Stamped> changed, long newVersion) {
    try {
      for (SimilarTexts.Stamped entry : changed) {
        Term id = new Term(ID, Long.toString(entry.text().entryId()));
        if (entry.removed()) {
          writer.deleteDocuments(id);
        } else {
          writer.updateDocument(id, document(entry.text()));
        }
      }
      searchers.maybeRefreshBlocking();
      version = Math.max(version, newVersion);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Document document(SimilarText text) {
    String whole = compared(text.title(), text.body());
    Document doc = new Document();
    doc.add(new StringField(ID, Long.toString(text.entryId()), Field.Store.YES));
    doc.add(new TextField(TEXT, whole, Field.Store.NO));
    doc.add(new StoredField(COMPARED, String.join(" ", grams(whole))));
    doc.add(new StoredField(TITLE, text.title()));
    doc.add(new StoredField(LANG, text.lang()));
    return doc;
  }

  static String compared(String title, String body) {
    String whole = title + "\n" + (body == null ? "" : body);
    return whole.length() <= COMPARED_CHARS ? whole : whole.substring(0, COMPARED_CHARS);
  }

  /**
   * The {@code k} entries most similar to the text, with a similarity of at least {@code
   * threshold}, best first; {@code excluded} (the entry being edited) never among them.
   */
  List<SimilarMatch> similar(String text, int k, double threshold, Long excluded) {
    Set<String> grams = grams(text);
    if (grams.isEmpty()) {
      return List.of();
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        BooleanQuery query = rarest(searcher, grams);
        if (query.clauses().isEmpty()) {
          return List.of();
        }
        TopDocs top = searcher.search(query, Math.max(k * 3, CANDIDATES));
        List<SimilarMatch> matches = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
          Document doc = searcher.storedFields().document(hit.doc);
          long id = Long.parseLong(doc.get(ID));
          if (excluded != null && excluded == id) {
            continue;
          }
          double score = dice(grams, Set.of(doc.get(COMPARED).split(" ")));
          if (score >= threshold) {
            matches.add(new SimilarMatch(id, doc.get(TITLE), doc.get(LANG), score));
          }
        }
        matches.sort(Comparator.comparingDouble(SimilarMatch::score).reversed());
        return matches.size() > k ? List.copyOf(matches.subList(0, k)) : matches;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The query: the text's {@link #QUERY_TERMS} rarest trigrams found in the index. Rare trigrams
   * tell texts apart; the common ones would make every query read most of the index.
   */
  private static BooleanQuery rarest(IndexSearcher searcher, Set<String> grams) throws IOException {
    record Df(String gram, int df) {}
    List<Df> found = new ArrayList<>();
    for (String gram : grams) {
      int df = searcher.getIndexReader().docFreq(new Term(TEXT, gram));
      if (df > 0) {
        found.add(new Df(gram, df));
      }
    }
    found.sort(Comparator.comparingInt(Df::df));
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    found.stream()
        .limit(QUERY_TERMS)
        .forEach(
            d -> query.add(new TermQuery(new Term(TEXT, d.gram())), BooleanClause.Occur.SHOULD));
    return query.build();
  }

  /** The similarity of two texts, as {@link #similar} scores it. */
  double similarity(String a, String b) {
    return dice(grams(a), grams(b));
  }

  int size() {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Set<String> grams(String text) {
    Set<String> grams = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        grams.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return grams;
  }

  static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> smaller = a.size() <= b.size() ? a : b;
    Set<String> larger = smaller == a ? b : a;
    int common = 0;
    for (String gram : smaller) {
      if (larger.contains(gram)) {
        common++;
      }
    }
    return 2.0 * common / (a.size() + b.size());
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
