package kz.kenes.certificate.application;

/**
 * A course certificate was issued to a learner (by the rules or by staff): the programs the course
 * delivers check their rules for that learner identity after the transaction commits ({@link
 * ProgramAutoIssuance}).
 */
public record CourseCertificateIssued(long contextRef, long userRef) {}
