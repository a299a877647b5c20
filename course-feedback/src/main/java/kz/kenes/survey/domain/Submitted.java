package kz.kenes.survey.domain;

/** A submitted response and whether the submission created it. */
public record Submitted(SurveyResponse response, boolean created) {}
