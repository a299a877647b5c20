package kz.kenes.crowdsourcing.application;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds a token, already lower-cased and stripped of diacritics by ICU folding, to one Latin
 * skeleton, so that Kazakh written in Cyrillic and in the Latin alphabet (2021: ä, ğ, q, ñ, ö, ū,
 * ü, ş, ı…) meet: every Cyrillic letter of Kazakh and Russian becomes its Latin letter (an explicit
 * table, not a guess), and the Latin letters that the two scripts' conventions disagree on merge
 * ({@code q} and {@code k}; {@code y}, {@code ı} and {@code i}; {@code w} and {@code u}). Applied
 * to indexed texts and queries alike, it only has to be consistent, not a transliteration to read.
 */
final class ScriptFolding extends TokenFilter {

  static final Map<Character, String> TABLE = table();

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final StringBuilder folded = new StringBuilder(32);

  ScriptFolding(TokenStream input) {
    super(input);
  }

  private static Map<Character, String> table() {
    String[][] pairs = {
      {"а", "a"}, {"ә", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"ғ", "g"}, {"д", "d"},
      {"е", "e"}, {"ё", "e"}, {"ж", "j"}, {"з", "z"}, {"и", "i"}, {"й", "i"}, {"к", "k"},
      {"қ", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"ң", "n"}, {"о", "o"}, {"ө", "o"},
      {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ұ", "u"}, {"ү", "u"},
      {"ф", "f"}, {"х", "h"}, {"һ", "h"}, {"ц", "ts"}, {"ч", "c"}, {"ш", "s"}, {"щ", "s"},
      {"ъ", ""}, {"ы", "i"}, {"і", "i"}, {"ь", ""}, {"э", "e"}, {"ю", "iu"}, {"я", "ia"},
      {"q", "k"}, {"y", "i"}, {"ı", "i"}, {"w", "u"}
    };
    Map<Character, String> map = new HashMap<>();
    for (String[] pair : pairs) {
      map.put(pair[0].charAt(0), pair[1]);
    }
    return Map.copyOf(map);
  }

  /** The skeleton of a lower-cased, diacritic-free word. */
  static String fold(CharSequence word) {
    StringBuilder out = new StringBuilder(word.length());
    fold(word, out);
    return out.toString();
  }

  private static void fold(CharSequence word, StringBuilder out) {
    for (int i = 0; i < word.length(); i++) {
      char ch = word.charAt(i);
      String mapped = TABLE.get(ch);
      if (mapped == null) {
        out.append(ch);
      } else {
        out.append(mapped);
      }
    }
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      folded.setLength(0);
      fold(term, folded);
      if (folded.length() > 0) {
        term.setEmpty().append(folded);
        return true;
      }
    }
    return false;
  }
}
