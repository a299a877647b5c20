/**
 * The quiz benchmark (docs/performance.md, "Quizzes: 200 learners submitting"): many learners
 * launched into one course, each starting and submitting attempts at one quiz, some submissions
 * sent twice, and at the end the stored attempts reconciled with what the generator was answered.
 */
package kz.kenes.bench.quiz;
