/**
 * The quiz context's REST API: {@code /api/quizzes} ({@link kz.kenes.quiz.api.QuizResource}:
 * authoring, a learner's view of a quiz, starting attempts, the staff's review, statistics and
 * grants) and {@code /api/attempts} ({@link kz.kenes.quiz.api.AttemptResource}: reading, saving and
 * submitting one attempt) and {@code /api/question-banks} ({@link
 * kz.kenes.quiz.api.QuestionBankResource}: a program module's question bank), with their request
 * and response records. Learners' views never carry a right answer before the quiz allows it.
 */
package kz.kenes.quiz.api;
