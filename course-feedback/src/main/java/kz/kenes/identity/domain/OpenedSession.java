package kz.kenes.identity.domain;

/** A new session and the bearer token that opens it; the token is shown once and never stored. */
public record OpenedSession(KenesSession session, String token) {}
