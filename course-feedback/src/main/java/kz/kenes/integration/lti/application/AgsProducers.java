package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.http.HttpClient;
import java.time.Clock;
import kz.kenes.lti.security.keys.ToolKeys;
import kz.kenes.lti.services.AccessTokens;
import kz.kenes.lti.services.ags.GradeService;

/** lti-tool's AGS client as CDI beans: one token cache and one HTTP client per application. */
@ApplicationScoped
public class AgsProducers {

  @Produces
  @Singleton
  AccessTokens accessTokens(ToolKeys keys, Clock clock, AgsSettings settings) {
    return new AccessTokens(keys::activeKey, clock, settings.timeout());
  }

  @Produces
  @Singleton
  GradeService gradeService(AccessTokens tokens, AgsSettings settings) {
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(settings.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    return new GradeService(tokens, http, settings.timeout());
  }
}
