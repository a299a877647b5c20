package kz.kenes.quiz.domain;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes questions in Moodle's GIFT format, the way {@link Gift} reads them back: a {@code
 * ::code::} title, the text in the language chosen, then the answers in braces. Single choice
 * {@code =right ~wrong}; multiple choice with Kenes's proportional weights ({@code ~%50%a ~%-50%c},
 * as the Moodle XML export writes them); true/false {@code {TRUE#if wrong#if right}}; numeric
 * {@code {#value:tolerance}}; short answer {@code {=one =other}}; matching {@code {=item ->
 * target}}. Each choice's feedback follows it after {@code #}. GIFT's special characters {@code ~ =
 * # { } :} and the backslash are escaped with a backslash, a line break is written {@code \n}, so a
 * question stays one paragraph. What GIFT cannot say is written as a {@code //} comment line where
 * the question would be: an ordering question (left out) and a matching target no item matches.
 *
 * @see <a href="https://docs.moodle.org/en/GIFT_format">GIFT format</a>
 */
final class GiftWriter {

  private GiftWriter() {}

  static String write(List<Question> questions, String language) {
    StringBuilder g = new StringBuilder();
    for (Question q : questions) {
      if (!g.isEmpty()) {
        g.append('\n');
      }
      if (q.type() == QuestionType.ORDERING) {
        g.append("// ")
            .append(q.code())
            .append(": ordering questions have no GIFT form; left out (the Moodle XML export")
            .append(" keeps them).\n");
        continue;
      }
      new GiftWriter.One(g, q, language).write();
    }
    return g.toString();
  }

  /** One question, written into {@code g}. */
  private record One(StringBuilder g, Question q, String language) {

    void write() {
      if (q.type() == QuestionType.MATCHING) {
        distractors();
      }
      g.append("::").append(q.code()).append("::").append(escape(in(q.text()))).append(' ');
      switch (q.type()) {
        case SINGLE_CHOICE, MULTIPLE_CHOICE -> choices();
        case TRUE_FALSE -> trueFalse();
        case NUMERIC ->
            g.append("{#")
                .append(number(q.number()))
                .append(':')
                .append(number(q.tolerance() == null ? 0 : q.tolerance()))
                .append("}\n");
        case SHORT_TEXT -> {
          g.append("{\n");
          q.accepted().forEach(a -> g.append("  =").append(answer(a, 100)).append('\n'));
          g.append("}\n");
        }
        case MATCHING -> matching();
        case ORDERING -> throw new IllegalStateException("ordering has no GIFT form");
      }
    }

    private void choices() {
      boolean single = q.type() == QuestionType.SINGLE_CHOICE;
      int right = q.correct().size();
      g.append("{\n");
      for (Choice c : q.choices()) {
        boolean correct = q.correct().contains(c.id());
        g.append("  ");
        if (single) {
          g.append(correct ? '=' : '~').append(answer(in(c.text()), correct ? 100 : 0));
        } else {
          // Kenes's proportional credit: (right chosen - wrong chosen) / right, never below 0
          double weight = Math.round((correct ? 100.0 : -100.0) / right * 100000) / 100000.0;
          g.append("~%").append(number(weight)).append('%').append(escape(in(c.text())));
        }
        if (!c.feedback().isEmpty()) {
          g.append(" #").append(escape(in(c.feedback())));
        }
        g.append('\n');
      }
      g.append("}\n");
    }

    private void trueFalse() {
      g.append('{').append(q.correct().contains("true") ? "TRUE" : "FALSE");
      if (!q.feedbackWrong().isEmpty() || !q.feedbackRight().isEmpty()) {
        g.append('#').append(escape(in(q.feedbackWrong())));
        g.append('#').append(escape(in(q.feedbackRight())));
      }
      g.append("}\n");
    }

    private void matching() {
      g.append("{\n");
      for (String pair : q.correct()) {
        String[] p = pair.split("=", 2);
        String item = q.choice(p[0]).map(c -> in(c.text())).orElse(p[0]);
        g.append("  =").append(escape(item)).append(" -> ").append(escape(target(p[1])));
        g.append('\n');
      }
      g.append("}\n");
    }

    /** GIFT's matching has no target without an item: each such target is named in a comment. */
    private void distractors() {
      Set<String> used = new HashSet<>();
      q.correct().forEach(pair -> used.add(pair.split("=", 2)[1]));
      for (Choice t : q.targets()) {
        if (!used.contains(t.id())) {
          g.append("// ")
              .append(q.code())
              .append(": the target \"")
              .append(in(t.text()).replace('\n', ' '))
              .append("\" matches no item and has no GIFT form; left out.\n");
        }
      }
    }

    private String target(String id) {
      return q.targets().stream()
          .filter(t -> t.id().equals(id))
          .map(t -> in(t.text()))
          .findFirst()
          .orElse(id);
    }

    private String in(Map<String, String> texts) {
      return Texts.in(texts, language);
    }
  }

  /**
   * An answer after {@code =} or {@code ~}: a text that starts with {@code %} would be read as a
   * weight, so it is then preceded by its weight.
   */
  private static String answer(String text, int weight) {
    return text.startsWith("%") ? "%" + weight + "%" + escape(text) : escape(text);
  }

  /** {@code text} with GIFT's special characters escaped and line breaks as {@code \n}. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    String unified = text.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < unified.length(); i++) {
      char c = unified.charAt(i);
      switch (c) {
        case '\\', '~', '=', '#', '{', '}', ':' -> b.append('\\').append(c);
        case '\n' -> b.append("\\n");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A number as GIFT and Moodle read it: plain digits, no exponent, no trailing zeros. */
  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
