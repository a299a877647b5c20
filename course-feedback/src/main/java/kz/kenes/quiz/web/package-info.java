/**
 * The quiz context's pages: the learner's quiz and attempt pages ({@link
 * kz.kenes.quiz.web.QuizPagesResource}, no JavaScript needed), the staff's pages of the course's
 * quizzes ({@link kz.kenes.quiz.web.QuizStaffPagesResource}: create from GIFT, attempts,
 * statistics, grants, pools), the question bank pages ({@link
 * kz.kenes.quiz.web.BankPagesResource}), the landing page's quiz section ({@link
 * kz.kenes.quiz.web.QuizSection}) and quizzes as deep-linkable activities ({@link
 * kz.kenes.quiz.web.QuizActivities}).
 */
package kz.kenes.quiz.web;
