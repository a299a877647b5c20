/**
 * The quiz context's pages: the learner's quiz and attempt pages ({@link
 * kz.kenes.quiz.web.QuizPagesResource}, no JavaScript needed), the staff's pages of the course's
 * quizzes ({@link kz.kenes.quiz.web.QuizStaffPagesResource}: create from GIFT, attempts,
 * statistics, grants, pools; a quiz's own questions one by one in {@link
 * kz.kenes.quiz.web.QuizQuestionPagesResource}), the question bank pages ({@link
 * kz.kenes.quiz.web.BankPagesResource}; a bank's questions one by one in {@link
 * kz.kenes.quiz.web.BankQuestionPagesResource}), the structured question form both share ({@link
 * kz.kenes.quiz.web.QuestionFormPosts}), the landing page's quiz section ({@link
 * kz.kenes.quiz.web.QuizSection}) and quizzes as deep-linkable activities ({@link
 * kz.kenes.quiz.web.QuizActivities}).
 */
package kz.kenes.quiz.web;
