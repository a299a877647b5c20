package kz.kenes.quiz.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The questions one attempt asks, in the order it asks them, with their choices in the order it
 * shows them: drawn and shuffled from the attempt's seed, so the same attempt always shows the same
 * paper (a reload or a resumed attempt changes nothing), and stored with the attempt.
 */
public record Paper(List<Question> questions) {

  public Paper {
    questions = List.copyOf(questions);
  }

  /** The paper of seed {@code seed} for a quiz's questions and settings. */
  public static Paper draw(List<Question> all, QuizSettings settings, long seed) {
    return draw(all, settings, List.of(), seed);
  }

  /**
   * The paper of seed {@code seed} for a quiz's own questions and settings, with the questions its
   * pools drew from banks ({@link Pools}, {@link BankQuestion#asDrawn()}) after the quiz's own (the
   * question shuffle, when on, mixes them).
   */
  public static Paper draw(
      List<Question> all, QuizSettings settings, List<Question> pooled, long seed) {
    Random random = new Random(seed);
    List<Question> chosen = new ArrayList<>(all);
    if (settings.draw() > 0 && settings.draw() < all.size()) {
      List<Question> mandatory = new ArrayList<>(all.stream().filter(Question::mandatory).toList());
      List<Question> optional = new ArrayList<>(all.stream().filter(q -> !q.mandatory()).toList());
      Collections.shuffle(optional, random);
      int room = Math.max(0, settings.draw() - mandatory.size());
      List<Question> picked = new ArrayList<>(mandatory);
      picked.addAll(optional.subList(0, Math.min(room, optional.size())));
      chosen = all.stream().filter(picked::contains).toList();
    }
    List<Question> ordered = new ArrayList<>(chosen);
    ordered.addAll(pooled);
    if (settings.shuffleQuestions()) {
      Collections.shuffle(ordered, random);
    }
    List<Question> shown = new ArrayList<>();
    for (Question q : ordered) {
      if (q.type() == QuestionType.ORDERING
          || (settings.shuffleChoices() && q.type().hasChoices())) {
        shown.add(q.withChoices(shuffled(q, random)));
      } else {
        shown.add(q);
      }
    }
    return new Paper(shown);
  }

  /**
   * The question's choices in a random order; for an ordering question never the right order (shown
   * as stored, the items would give the answer away).
   */
  private static List<Choice> shuffled(Question q, Random random) {
    List<Choice> choices = new ArrayList<>(q.choices());
    Collections.shuffle(choices, random);
    if (q.type() == QuestionType.ORDERING
        && choices.size() > 1
        && choices.stream().map(Choice::id).toList().equals(q.correct())) {
      Collections.rotate(choices, 1);
    }
    return choices;
  }
}
