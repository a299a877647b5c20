/**
 * The quiz context's rules, without a container: question types and their grading ({@link
 * kz.kenes.quiz.domain.Grading}), pass rules ({@link kz.kenes.quiz.domain.PassRule}, percent or "at
 * least N correct"), a quiz's settings, the paper an attempt draws, the rules of attempts (limits,
 * cool-down, time limit, which attempt is kept, when answers are revealed: {@link
 * kz.kenes.quiz.domain.AttemptRules}), the entities {@link kz.kenes.quiz.domain.Quiz} and {@link
 * kz.kenes.quiz.domain.QuizAttempt} and their repository interfaces; the question banks of program
 * modules ({@link kz.kenes.quiz.domain.BankQuestion}) and the pools a quiz draws from them ({@link
 * kz.kenes.quiz.domain.PoolDraw}, {@link kz.kenes.quiz.domain.Pools}). Depends on {@code platform}
 * only.
 */
package kz.kenes.quiz.domain;
