package kz.kenes.devplatform;

import jakarta.enterprise.context.ApplicationScoped;
import kz.kenes.platform.web.HeaderRules;

/**
 * The development platform's pages under {@code /dev/} set their own Content-Security-Policy: they
 * frame Kenes and post forms to it, as an LMS page does.
 */
@ApplicationScoped
public class DevPageHeaders implements HeaderRules {

  @Override
  public boolean ownsContentSecurityPolicy(String path) {
    return path.startsWith("/dev/");
  }
}
