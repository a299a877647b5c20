package kz.kenes.crowdsourcing.application;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of similar texts: words (Unicode word breaks), ICU folding (case, diacritics, width,
 * compatibility forms), {@link ScriptFolding} (Kazakh Cyrillic and Latin to one skeleton) and
 * character trigrams of each word (words shorter than three letters kept whole), so that case,
 * diacritics, script, inflection and typos change few of a text's terms.
 */
final class SimilarityAnalyzer extends Analyzer {

  static final int GRAM = 3;

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer words = new StandardTokenizer();
    TokenStream folded = new ScriptFolding(new ICUFoldingFilter(words));
    return new TokenStreamComponents(words, new NGramTokenFilter(folded, GRAM, GRAM, true));
  }
}
