package kz.kenes.certificate.application;

import java.time.Instant;

/**
 * A course certificate was revoked by the course's staff, inside the revoking transaction: the
 * program certificates that relied on it are revoked in the same transaction unless their rules
 * still hold without it ({@link ProgramRevocations}).
 *
 * @param number the revoked certificate's number, as printed
 * @param issuedAt when the revoked certificate was issued
 * @param at when it was revoked
 */
public record CourseCertificateRevoked(
    long contextRef, long userRef, String number, Instant issuedAt, Instant at) {}
