package kz.kenes.analytics.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import kz.kenes.analytics.application.ReportAccess;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.survey.application.SurveyAccess.Staff;

/**
 * Who is asking for a report or an export over the API: the admin token ({@code Authorization:
 * Bearer}), else the session of the Bearer header or the {@code kt} parameter (401 without one),
 * which must be staff (403 for a learner). The survey is asked about afterwards, so that an
 * anonymous caller learns nothing of it.
 */
@ApplicationScoped
public class ReportReaders {

  @Inject Authenticator auth;
  @Inject ReportAccess access;

  public Staff require(HttpHeaders headers, String kt) {
    if (Authenticator.bearer(headers).map(auth::adminTokenMatches).orElse(false)) {
      return ReportAccess.adminToken();
    }
    return access.staffOf(auth.requireSession(headers, kt));
  }
}
