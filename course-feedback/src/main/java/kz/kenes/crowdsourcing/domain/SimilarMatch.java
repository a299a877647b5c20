package kz.kenes.crowdsourcing.domain;

/**
 * An entry found similar to a query: its id, title and language, and the similarity (0 to 1: the
 * Dice coefficient of the two texts' folded character trigrams).
 */
public record SimilarMatch(long entryId, String title, String lang, double score) {}
