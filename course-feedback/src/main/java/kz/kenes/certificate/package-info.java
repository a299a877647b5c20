/**
 * Certificates (docs/certificates.md): a course's completion rules (required quizzes passed, a
 * minimum overall percentage, required surveys answered), the certificates issued when they hold or
 * by an instructor, revocation with a reason, the public verification page, the PDF and the Open
 * Badges 3.0 credential. The certificate bounded context: {@code domain} holds the rules, the
 * certificate, its number and the ports, {@code application} the use cases, {@code api} the REST
 * API and the public verification, {@code web} the pages, {@code persistence} the repositories and
 * {@code credential} the signing of credentials (the only package of the context that imports the
 * JOSE library, docs/adr/0019-certificates-pdf-and-open-badges.md). Quizzes are asked of {@code
 * platform.activity.QuizOutcomes}, surveys of {@code platform.activity.SurveyParticipation}.
 */
package kz.kenes.certificate;
