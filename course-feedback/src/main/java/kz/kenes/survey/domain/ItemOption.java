package kz.kenes.survey.domain;

/** An option of a single- or multiple-choice item: a code stored in answers, a label shown. */
public record ItemOption(String code, Translations text) {}
