/**
 * The quiz context's use cases: authoring a course's quizzes ({@link
 * kz.kenes.quiz.application.QuizAuthoring}), a learner's attempts ({@link
 * kz.kenes.quiz.application.QuizAttempts}: start or resume, save, submit, idempotent), the staff's
 * view of attempts and their grants with an audit trail ({@link
 * kz.kenes.quiz.application.QuizReview}), results reported to the gradebook and announced to
 * completion rules ({@link kz.kenes.quiz.application.QuizResults}), and platform's {@code
 * QuizOutcomes} ({@link kz.kenes.quiz.application.CourseQuizOutcomes}). Who may do what: {@link
 * kz.kenes.quiz.application.QuizAccess}. Question banks of program modules ({@link
 * kz.kenes.quiz.application.QuestionBanks}, who manages one: {@link
 * kz.kenes.quiz.application.BankAccess}) and a quiz's pools ({@link
 * kz.kenes.quiz.application.QuizPools}). Depends on {@code quiz.domain}, {@code identity.domain},
 * {@code platform} and the program context's published services ({@code ProgramCatalog}, {@code
 * CoursePlanning}, {@code CourseDeliveries}).
 */
package kz.kenes.quiz.application;
