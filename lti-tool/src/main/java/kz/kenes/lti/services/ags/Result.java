package kz.kenes.lti.services.ags;

/**
 * One user's current result on a line item as the platform reports it (AGS 2.0 §3.3); the score is
 * null when the platform has none.
 */
public record Result(String userId, Double resultScore, Double resultMaximum) {}
