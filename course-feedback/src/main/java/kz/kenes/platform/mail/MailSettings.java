package kz.kenes.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.kenes.platform.config.KenesConfig;

/** The {@link SmtpSettings} of this server, read through {@link KenesConfig} at each use. */
@ApplicationScoped
public class MailSettings {

  @Inject KenesConfig config;

  public SmtpSettings smtp() {
    return SmtpSettings.read(config::value);
  }
}
