package kz.kenes.survey.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import kz.kenes.platform.errors.ErrorResponder;
import kz.kenes.platform.errors.ProblemMapper;
import kz.kenes.survey.domain.InvalidSurveyInput;

/** Answers input that breaks a survey rule with a 400 naming every field at fault. */
@Provider
public class InvalidSurveyInputMapper extends ProblemMapper<InvalidSurveyInput> {

  @Override
  public Response toResponse(InvalidSurveyInput e) {
    return problem(
        400, "invalid-input", e.getMessage(), e.fieldErrors(), ErrorResponder.newReference());
  }
}
