package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the {@link LaunchWarmUp} waits or runs; ready once it is over, however it ended
 * (a warm-up that failed is reported with its reason, and never keeps the server out of service).
 */
@Readiness
@ApplicationScoped
public class LaunchWarmUpCheck implements HealthCheck {

  @Inject LaunchWarmUp warmUp;

  @Override
  public HealthCheckResponse call() {
    LaunchWarmUp.Status status = warmUp.status();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("launch-warm-up")
            .status(status.over())
            .withData("phase", status.phase().name().toLowerCase(Locale.ROOT))
            .withData("launches", status.flows())
            .withData("failed", status.failed());
    if (status.detail() != null) {
      response.withData("detail", status.detail());
    }
    return response.build();
  }
}
