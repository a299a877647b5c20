package kz.kenes.survey.domain;

/**
 * Responses of one round and stakeholder group in one status ({@code submitted}, {@code draft}).
 */
public record ResponseCount(long roundId, String group, String status, long responses) {}
