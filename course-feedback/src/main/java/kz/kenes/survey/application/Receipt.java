package kz.kenes.survey.application;

import kz.kenes.survey.domain.SurveyResponse;

/** A submission's outcome: the response and whether this request created it. */
public record Receipt(SurveyResponse response, boolean created) {}
