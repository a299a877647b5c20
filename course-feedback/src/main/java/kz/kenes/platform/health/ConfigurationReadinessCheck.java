package kz.kenes.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import kz.kenes.platform.config.KenesConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the configuration is unsafe for production: an admin token too short to resist
 * guessing outside dev mode ({@link KenesConfig#adminTokenProblem()}). The message says what to
 * fix; the token itself is never shown.
 */
@Readiness
@ApplicationScoped
public class ConfigurationReadinessCheck implements HealthCheck {

  @Inject KenesConfig config;

  @Override
  public HealthCheckResponse call() {
    Optional<String> problem = config.adminTokenProblem();
    HealthCheckResponseBuilder answer =
        HealthCheckResponse.named("configuration").status(problem.isEmpty());
    return problem.map(p -> answer.withData("adminToken", p)).orElse(answer).build();
  }
}
