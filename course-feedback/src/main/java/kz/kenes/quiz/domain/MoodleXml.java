package kz.kenes.quiz.domain;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import kz.kenes.platform.domain.InvalidInput;

/**
 * Reads a question bank exported from Moodle as Moodle XML: {@code multichoice} (one right answer:
 * single choice; several with positive fractions: multiple choice with proportional credit), {@code
 * truefalse}, {@code numerical} (the right answer's value and {@code tolerance}), {@code
 * shortanswer} (the answers of fraction 100; {@code usecase}), {@code matching} (subquestions and
 * their answers; a subquestion without text adds a distractor) and {@code ordering} (the answers in
 * the right order). The question's {@code name} becomes its code, {@code defaultgrade} its points,
 * {@code correctfeedback}/{@code incorrectfeedback} and each answer's {@code feedback} are kept;
 * HTML is reduced to its text. {@code category} entries are skipped. Other types (essay, cloze,
 * description, calculated…) are refused naming the question's number and line, as is XML with a DTD
 * (no entity is ever expanded).
 *
 * @see <a href="https://docs.moodle.org/en/Moodle_XML_format">Moodle XML format</a>
 */
public final class MoodleXml {

  private MoodleXml() {}

  /** An element with its line, attributes, text and children. */
  record Node(
      String name, int line, Map<String, String> attributes, List<Node> children, String text) {

    Optional<Node> child(String name) {
      return children.stream().filter(c -> c.name.equals(name)).findFirst();
    }

    List<Node> all(String name) {
      return children.stream().filter(c -> c.name.equals(name)).toList();
    }

    /** The text of {@code <name><text>…</text></name>}, or of {@code <name>…</name>}. */
    String textOf(String name) {
      return child(name)
          .map(n -> n.child("text").map(Node::text).orElse(n.text))
          .map(String::strip)
          .orElse("");
    }

    String attribute(String name) {
      return attributes.getOrDefault(name, "");
    }
  }

  /** The questions of {@code xml}, in {@code language}; refuses with each fault by question. */
  public static List<Question> parse(String xml, String language) {
    Node quiz = read(xml);
    Map<String, String> errors = new LinkedHashMap<>();
    List<Question> questions = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    int number = 0;
    for (Node q : quiz.all("question")) {
      if (q.attribute("type").equals("category")) {
        continue;
      }
      number++;
      try {
        Question question = question(q, number, language);
        questions.add(unique(question, codes));
      } catch (IllegalArgumentException e) {
        errors.put(
            "moodle.question" + number,
            "Question " + number + " (line " + q.line() + "): " + e.getMessage());
      }
    }
    if (questions.isEmpty() && errors.isEmpty()) {
      errors.put("moodle", "No question found: a Moodle XML file is <quiz> with <question>s.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput("invalid-moodle-xml", errors.values().iterator().next(), errors);
    }
    return questions;
  }

  private static Question question(Node q, int number, String language) {
    String type = q.attribute("type");
    String name = q.textOf("name").replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
    String code = name.isEmpty() ? "q" + number : name.substring(0, Math.min(32, name.length()));
    String stem = plain(q.textOf("questiontext"));
    if (stem.isEmpty()) {
      throw new IllegalArgumentException("the question has no text (questiontext).");
    }
    Draft d = new Draft(code, Map.of(language, stem), points(q), language);
    d.feedbackRight = texts(plain(q.textOf("correctfeedback")), language);
    d.feedbackWrong = texts(plain(q.textOf("incorrectfeedback")), language);
    return switch (type) {
      case "multichoice" -> multichoice(q, d);
      case "truefalse" -> trueFalse(q, d);
      case "numerical" -> numerical(q, d);
      case "shortanswer" -> shortAnswer(q, d);
      case "matching" -> matching(q, d);
      case "ordering" -> ordering(q, d);
      case "" -> throw new IllegalArgumentException("a <question> needs its type=\"…\".");
      default ->
          throw new IllegalArgumentException(
              "questions of type " + type + " are not graded by Kenes.");
    };
  }

  /** What every question type shares, filled in by the type. */
  private static final class Draft {
    final String code;
    final Map<String, String> text;
    final double points;
    final String language;
    Map<String, String> feedbackRight;
    Map<String, String> feedbackWrong;

    Draft(String code, Map<String, String> text, double points, String language) {
      this.code = code;
      this.text = text;
      this.points = points;
      this.language = language;
    }

    Question build(
        QuestionType type,
        List<Choice> choices,
        List<Choice> targets,
        List<String> correct,
        Double number,
        Double tolerance,
        List<String> accepted,
        boolean caseSensitive,
        PartialCredit credit) {
      Question question =
          new Question(
              code,
              type,
              text,
              points,
              false,
              choices,
              targets,
              correct,
              number,
              tolerance,
              accepted,
              caseSensitive,
              false,
              credit,
              feedbackRight,
              feedbackWrong,
              null);
      Map<String, String> problems = question.problems("question");
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(problems.values().iterator().next());
      }
      return question;
    }
  }

  private static Question multichoice(Node q, Draft d) {
    List<Choice> choices = new ArrayList<>();
    List<String> correct = new ArrayList<>();
    double best = 0;
    for (Node a : q.all("answer")) {
      double f = fraction(a);
      best = Math.max(best, f);
    }
    boolean single = !q.textOf("single").equalsIgnoreCase("false");
    for (Node a : q.all("answer")) {
      String id = "c" + (choices.size() + 1);
      choices.add(new Choice(id, Map.of(d.language, answerText(a)), feedback(a, d.language)));
      double f = fraction(a);
      if (single ? f == best && f > 0 : f > 0) {
        correct.add(id);
      }
    }
    if (correct.isEmpty()) {
      throw new IllegalArgumentException("no answer has a positive fraction (the right one).");
    }
    if (single) {
      return d.build(
          QuestionType.SINGLE_CHOICE,
          choices,
          null,
          correct.subList(0, 1),
          null,
          null,
          null,
          false,
          null);
    }
    return d.build(
        QuestionType.MULTIPLE_CHOICE,
        choices,
        null,
        correct,
        null,
        null,
        null,
        false,
        PartialCredit.PROPORTIONAL);
  }

  private static Question trueFalse(Node q, Draft d) {
    for (Node a : q.all("answer")) {
      if (fraction(a) >= 100) {
        String word = answerText(a).toLowerCase(Locale.ROOT);
        if (!word.equals("true") && !word.equals("false")) {
          throw new IllegalArgumentException("a truefalse answer is true or false.");
        }
        return d.build(
            QuestionType.TRUE_FALSE, null, null, List.of(word), null, null, null, false, null);
      }
    }
    throw new IllegalArgumentException("no answer has fraction 100 (the right one).");
  }

  private static Question numerical(Node q, Draft d) {
    for (Node a : q.all("answer")) {
      if (fraction(a) >= 100) {
        double value = number(answerText(a), "the answer");
        double tolerance = Math.abs(number(a.textOf("tolerance"), "the tolerance"));
        return d.build(QuestionType.NUMERIC, null, null, null, value, tolerance, null, false, null);
      }
    }
    throw new IllegalArgumentException("no answer has fraction 100 (the right value).");
  }

  private static Question shortAnswer(Node q, Draft d) {
    List<String> accepted =
        q.all("answer").stream()
            .filter(a -> fraction(a) >= 100)
            .map(MoodleXml::answerText)
            .filter(t -> !t.isEmpty())
            .toList();
    if (accepted.isEmpty()) {
      throw new IllegalArgumentException("no answer has fraction 100 (an accepted answer).");
    }
    boolean caseSensitive = q.textOf("usecase").equals("1");
    return d.build(
        QuestionType.SHORT_TEXT, null, null, null, null, null, accepted, caseSensitive, null);
  }

  private static Question matching(Node q, Draft d) {
    List<Choice> items = new ArrayList<>();
    List<Choice> targets = new ArrayList<>();
    Map<String, String> targetIds = new LinkedHashMap<>();
    List<String> correct = new ArrayList<>();
    for (Node s : q.all("subquestion")) {
      String item = plain(s.child("text").map(Node::text).orElse(""));
      String target =
          s.child("answer")
              .map(a -> a.textOf("text").isEmpty() ? a.text() : a.textOf("text"))
              .orElse("")
              .strip();
      if (target.isEmpty()) {
        throw new IllegalArgumentException("every subquestion needs an <answer>.");
      }
      String targetId = targetIds.computeIfAbsent(target, t -> "t" + (targetIds.size() + 1));
      if (targets.stream().noneMatch(t -> t.id().equals(targetId))) {
        targets.add(new Choice(targetId, Map.of(d.language, target), null));
      }
      if (!item.isEmpty()) {
        String id = "c" + (items.size() + 1);
        items.add(new Choice(id, Map.of(d.language, item), null));
        correct.add(id + "=" + targetId);
      }
    }
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a matching question needs subquestions with text.");
    }
    return d.build(
        QuestionType.MATCHING,
        items,
        targets,
        correct,
        null,
        null,
        null,
        false,
        PartialCredit.PROPORTIONAL);
  }

  private static Question ordering(Node q, Draft d) {
    List<Choice> items = new ArrayList<>();
    List<String> correct = new ArrayList<>();
    for (Node a : q.all("answer")) {
      String id = "c" + (items.size() + 1);
      items.add(new Choice(id, Map.of(d.language, answerText(a)), null));
      correct.add(id);
    }
    return d.build(
        QuestionType.ORDERING,
        items,
        null,
        correct,
        null,
        null,
        null,
        false,
        PartialCredit.PROPORTIONAL);
  }

  private static Question unique(Question q, Set<String> codes) {
    String code = q.code();
    for (int n = 2; !codes.add(code); n++) {
      String suffix = "-" + n;
      code = q.code().substring(0, Math.min(q.code().length(), 32 - suffix.length())) + suffix;
    }
    return code.equals(q.code())
        ? q
        : new Question(
            code,
            q.type(),
            q.text(),
            q.points(),
            q.mandatory(),
            q.choices(),
            q.targets(),
            q.correct(),
            q.number(),
            q.tolerance(),
            q.accepted(),
            q.caseSensitive(),
            q.ignoreDiacritics(),
            q.partialCredit(),
            q.feedbackRight(),
            q.feedbackWrong(),
            q.competencies());
  }

  private static double points(Node q) {
    String grade = q.textOf("defaultgrade");
    return grade.isEmpty() ? 1 : number(grade, "defaultgrade");
  }

  private static double fraction(Node a) {
    String f = a.attribute("fraction");
    return f.isEmpty() ? 0 : number(f, "the fraction of an answer");
  }

  private static double number(String text, String what) {
    try {
      return Double.parseDouble(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " is not a number: " + text.strip());
    }
  }

  private static String answerText(Node a) {
    return plain(a.child("text").map(Node::text).orElse(a.text()));
  }

  private static Map<String, String> feedback(Node a, String language) {
    return texts(plain(a.textOf("feedback")), language);
  }

  private static Map<String, String> texts(String text, String language) {
    return text.isEmpty() ? null : Map.of(language, text);
  }

  /** The text of a piece of HTML: tags dropped, entities read, white space collapsed. */
  static String plain(String html) {
    String text =
        html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
            .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>", " ")
            .replaceAll("<[^>]*>", "");
    text =
        text.replace("&nbsp;", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&apos;", "'")
            .replace("&amp;", "&");
    return text.replaceAll("\\s+", " ").strip();
  }

  // ---- export

  /**
   * The questions as Moodle XML, texts in {@code language} (or the question's first text), for
   * Moodle's question bank import. Ordering questions need Moodle's ordering plugin.
   */
  public static String write(List<Question> questions, String language) {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
    for (Question q : questions) {
      x.append("  <question type=\"").append(moodleType(q)).append("\">\n");
      x.append("    <name><text>").append(escape(q.code())).append("</text></name>\n");
      x.append("    <questiontext format=\"plain_text\"><text>")
          .append(escape(Texts.in(q.text(), language)))
          .append("</text></questiontext>\n");
      x.append("    <defaultgrade>").append(q.points()).append("</defaultgrade>\n");
      feedback(x, "correctfeedback", q.feedbackRight(), language);
      feedback(x, "incorrectfeedback", q.feedbackWrong(), language);
      switch (q.type()) {
        case SINGLE_CHOICE, MULTIPLE_CHOICE -> choices(x, q, language);
        case TRUE_FALSE -> {
          for (String word : List.of("true", "false")) {
            answer(x, q.correct().contains(word) ? 100 : 0, word, null, null);
          }
        }
        case NUMERIC ->
            answer(
                x,
                100,
                String.valueOf(q.number()),
                null,
                String.valueOf(q.tolerance() == null ? 0 : q.tolerance()));
        case SHORT_TEXT -> {
          x.append("    <usecase>").append(q.caseSensitive() ? 1 : 0).append("</usecase>\n");
          q.accepted().forEach(a -> answer(x, 100, a, null, null));
        }
        case MATCHING -> matchingOut(x, q, language);
        case ORDERING ->
            q.correct()
                .forEach(
                    id ->
                        answer(
                            x,
                            100,
                            q.choice(id).map(c -> Texts.in(c.text(), language)).orElse(id),
                            null,
                            null));
      }
      x.append("  </question>\n");
    }
    return x.append("</quiz>\n").toString();
  }

  private static String moodleType(Question q) {
    return switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> "multichoice";
      case TRUE_FALSE -> "truefalse";
      case NUMERIC -> "numerical";
      case SHORT_TEXT -> "shortanswer";
      case MATCHING -> "matching";
      case ORDERING -> "ordering";
    };
  }

  private static void choices(StringBuilder x, Question q, String language) {
    boolean single = q.type() == QuestionType.SINGLE_CHOICE;
    x.append("    <single>").append(single).append("</single>\n");
    long right = q.correct().size();
    // Kenes's proportional credit: (right chosen - wrong chosen) / right, never below 0
    for (Choice c : q.choices()) {
      double fraction =
          q.correct().contains(c.id()) ? 100.0 / (single ? 1 : right) : single ? 0 : -100.0 / right;
      answer(
          x,
          Math.round(fraction * 100000) / 100000.0,
          Texts.in(c.text(), language),
          c.feedback().isEmpty() ? null : Texts.in(c.feedback(), language),
          null);
    }
  }

  private static void matchingOut(StringBuilder x, Question q, String language) {
    Set<String> used = new HashSet<>();
    for (String pair : q.correct()) {
      String[] p = pair.split("=", 2);
      used.add(p[1]);
      x.append("    <subquestion format=\"plain_text\"><text>")
          .append(escape(q.choice(p[0]).map(c -> Texts.in(c.text(), language)).orElse(p[0])))
          .append("</text><answer><text>")
          .append(escape(target(q, p[1], language)))
          .append("</text></answer></subquestion>\n");
    }
    for (Choice t : q.targets()) {
      if (!used.contains(t.id())) {
        x.append("    <subquestion format=\"plain_text\"><text></text><answer><text>")
            .append(escape(Texts.in(t.text(), language)))
            .append("</text></answer></subquestion>\n");
      }
    }
  }

  private static String target(Question q, String id, String language) {
    return q.targets().stream()
        .filter(t -> t.id().equals(id))
        .map(t -> Texts.in(t.text(), language))
        .findFirst()
        .orElse(id);
  }

  private static void answer(
      StringBuilder x, double fraction, String text, String feedback, String tolerance) {
    String f =
        fraction == Math.rint(fraction)
            ? String.valueOf((long) fraction)
            : String.valueOf(fraction);
    x.append("    <answer fraction=\"")
        .append(f)
        .append("\" format=\"plain_text\"><text>")
        .append(escape(text))
        .append("</text>");
    if (feedback != null) {
      x.append("<feedback format=\"plain_text\"><text>")
          .append(escape(feedback))
          .append("</text></feedback>");
    }
    if (tolerance != null) {
      x.append("<tolerance>").append(tolerance).append("</tolerance>");
    }
    x.append("</answer>\n");
  }

  private static void feedback(
      StringBuilder x, String element, Map<String, String> texts, String language) {
    if (!texts.isEmpty()) {
      x.append("    <")
          .append(element)
          .append(" format=\"plain_text\"><text>")
          .append(escape(Texts.in(texts, language)))
          .append("</text></")
          .append(element)
          .append(">\n");
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  // ---- the XML, read with StAX (no DTD, no external entity) into nodes with their lines

  private static Node read(String xml) {
    if (xml == null || xml.isBlank()) {
      throw new InvalidInput("moodle", "Send a Moodle XML file (<quiz> with <question>s).");
    }
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    try {
      XMLStreamReader r = factory.createXMLStreamReader(new StringReader(xml));
      try {
        while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
          if (r.getEventType() == XMLStreamConstants.DTD) {
            throw new InvalidInput("moodle", "A Moodle XML file has no DTD.");
          }
        }
        if (r.getEventType() != XMLStreamConstants.START_ELEMENT
            || !r.getLocalName().equals("quiz")) {
          throw new InvalidInput("moodle", "A Moodle XML file starts with <quiz>.");
        }
        return element(r, 0);
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      throw new InvalidInput(
          "invalid-moodle-xml",
          "Line " + line + ": this is not well-formed XML.",
          Map.of("moodle.line" + line, "Line " + line + ": this is not well-formed XML."));
    }
  }

  private static final int MAX_DEPTH = 32;

  private static Node element(XMLStreamReader r, int depth) throws XMLStreamException {
    if (depth > MAX_DEPTH) {
      throw new InvalidInput("moodle", "Line " + r.getLocation().getLineNumber() + ": too deep.");
    }
    String name = r.getLocalName();
    int line = r.getLocation().getLineNumber();
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
    }
    List<Node> children = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        children.add(element(r, depth + 1));
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        text.append(r.getText());
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
    }
    return new Node(name, line, attributes, children, text.toString());
  }
}
