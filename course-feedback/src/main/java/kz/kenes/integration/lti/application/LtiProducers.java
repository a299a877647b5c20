package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import kz.kenes.integration.lti.persistence.JdbcLoginStateStore;
import kz.kenes.integration.lti.persistence.JpaToolKeyStore;
import kz.kenes.lti.ToolConfiguration;
import kz.kenes.lti.deeplinking.DeepLinkingResponse;
import kz.kenes.lti.launch.LaunchValidator;
import kz.kenes.lti.launch.LoginInitiation;
import kz.kenes.lti.security.jwt.PlatformKeySets;
import kz.kenes.lti.security.keys.ToolKeys;
import kz.kenes.platform.config.KenesConfig;

/**
 * Wires the plain-Java LTI protocol objects of lti-tool into CDI: one of each per application
 * ({@code @Singleton}: they are final and thread-safe, so no client proxy), backed by the JPA
 * stores of this package.
 */
@ApplicationScoped
public class LtiProducers {

  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Produces
  @Singleton
  ToolConfiguration toolConfiguration(KenesConfig config) {
    return new ToolConfiguration(config.publicUrl());
  }

  @Produces
  @Singleton
  PlatformKeySets platformKeySets(LaunchWarmUp warmUp) {
    return PlatformKeySets.withOwnSets(warmUp::ownKeySet);
  }

  @Produces
  @Singleton
  LoginInitiation loginInitiation(
      CachedRegistrationLookup registrations,
      JdbcLoginStateStore states,
      ToolConfiguration tool,
      Clock clock) {
    return new LoginInitiation(registrations, states, tool, clock, new SecureRandom());
  }

  @Produces
  @Singleton
  LaunchValidator launchValidator(
      CachedRegistrationLookup registrations,
      JdbcLoginStateStore states,
      PlatformKeySets keySets,
      ToolConfiguration tool,
      Clock clock) {
    return new LaunchValidator(registrations, states, keySets, tool, clock);
  }

  @Produces
  @Singleton
  DeepLinkingResponse deepLinkingResponse(Clock clock) {
    return new DeepLinkingResponse(clock, new SecureRandom());
  }

  @Produces
  @Singleton
  ToolKeys toolKeys(JpaToolKeyStore store, Clock clock, KenesConfig config) {
    return new ToolKeys(store, clock, config.keyRotationOverlap());
  }
}
