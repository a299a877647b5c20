package kz.kenes.integration.lti.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import kz.kenes.lti.security.state.LoginState;
import kz.kenes.platform.persistence.Timestamps;

/** Table row of an OIDC login state and its nonce, with when each was used. */
@Entity
@Table(name = "lti_login_state")
public class LoginStateEntity {

  @Id String state;

  @Column(nullable = false)
  String nonce;

  @Column(name = "registration_id", nullable = false)
  long registrationId;

  @Column(name = "target_link_uri", nullable = false)
  String targetLinkUri;

  @Column(name = "browser_binding", nullable = false)
  String browserBinding;

  @Column(name = "issued_at", nullable = false)
  LocalDateTime issuedAt;

  @Column(name = "expires_at", nullable = false)
  LocalDateTime expiresAt;

  @Column(name = "state_used_at")
  LocalDateTime stateUsedAt;

  @Column(name = "nonce_used_at")
  LocalDateTime nonceUsedAt;

  static LoginStateEntity of(LoginState s) {
    LoginStateEntity e = new LoginStateEntity();
    e.state = s.state();
    e.nonce = s.nonce();
    e.registrationId = s.registrationId();
    e.targetLinkUri = s.targetLinkUri();
    e.browserBinding = s.browserBinding();
    e.issuedAt = Timestamps.toColumn(s.issuedAt());
    e.expiresAt = Timestamps.toColumn(s.expiresAt());
    return e;
  }

  LoginState toLoginState() {
    return new LoginState(
        state,
        nonce,
        registrationId,
        targetLinkUri,
        browserBinding,
        Timestamps.fromColumn(issuedAt),
        Timestamps.fromColumn(expiresAt));
  }
}
