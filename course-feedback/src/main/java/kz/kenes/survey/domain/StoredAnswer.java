package kz.kenes.survey.domain;

/**
 * A submitted answer as stored: the item, its scale value or option index, the codes of the chosen
 * options joined by commas, and the text.
 */
public record StoredAnswer(long itemId, Integer value, String choices, String text) {}
