package kz.kenes.quiz.domain;

/**
 * The grade of one answer.
 *
 * @param points earned, 0..max
 * @param max the question's points
 * @param correct whether the answer is wholly right
 * @param answered whether the learner gave any answer
 */
public record Mark(double points, double max, boolean correct, boolean answered) {}
