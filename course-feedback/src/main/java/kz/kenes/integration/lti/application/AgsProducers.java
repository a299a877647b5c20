package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.http.HttpClient;
import java.time.Clock;
import kz.kenes.lti.security.keys.ToolKeys;
import kz.kenes.lti.services.AccessTokens;
import kz.kenes.lti.services.ags.GradeService;
import kz.kenes.lti.services.nrps.MembershipService;

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

  /** lti-tool's NRPS client, sharing the token cache (its scope set gets its own token). */
  @Produces
  @Singleton
  MembershipService membershipService(AccessTokens tokens, AgsSettings settings) {
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(settings.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    return new MembershipService(tokens, http, settings.timeout());
  }
}
