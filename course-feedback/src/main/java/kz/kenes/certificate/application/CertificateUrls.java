package kz.kenes.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.kenes.certificate.domain.CertificateNumber;
import kz.kenes.platform.config.KenesConfig;

/**
 * The public addresses of certificates, from {@code kenes.public-url}: the verification page a QR
 * code points at, the issuer's profile and keys, the revocation status list.
 */
@ApplicationScoped
public class CertificateUrls {

  public static final String VERIFY = "/verify/";
  public static final String ISSUER = "/certificates/issuer";
  public static final String JWKS = "/certificates/issuer/jwks";
  public static final String STATUS_LIST = "/certificates/status/1";

  @Inject KenesConfig config;

  public String verification(CertificateNumber number) {
    return base() + VERIFY + number.value();
  }

  public String issuer() {
    return base() + ISSUER;
  }

  public String jwks() {
    return base() + JWKS;
  }

  public String statusList() {
    return base() + STATUS_LIST;
  }

  /** The achievement of a course's certificate. */
  public String achievement(long contextRef) {
    return base() + "/certificates/achievements/" + contextRef;
  }

  /** The achievement of a program's certificate. */
  public String programAchievement(long programId) {
    return base() + "/certificates/achievements/programs/" + programId;
  }

  public String base() {
    String url = config.publicUrl().toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
