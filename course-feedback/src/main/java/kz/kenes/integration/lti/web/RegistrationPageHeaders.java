package kz.kenes.integration.lti.web;

import jakarta.enterprise.context.ApplicationScoped;
import kz.kenes.platform.web.HeaderRules;

/**
 * The dynamic registration page sets its own Content-Security-Policy: the platform that opened it,
 * not yet registered, must be allowed to frame it ({@link DynamicRegistrationResource}).
 */
@ApplicationScoped
public class RegistrationPageHeaders implements HeaderRules {

  @Override
  public boolean ownsContentSecurityPolicy(String path) {
    return path.equals(DynamicRegistrationResource.PATH);
  }
}
