package kz.kenes.crowdsourcing.api;

import kz.kenes.identity.api.Authenticator;
import kz.kenes.identity.domain.KenesSession;

/**
 * How a revision record names the person who acted: {@code lti-user:<id>} for an administrator's
 * launch, {@code operator} for the admin token.
 */
public final class RevisionCallers {

  private RevisionCallers() {}

  public static String name(Authenticator.AdminCaller caller) {
    return caller.session().map(RevisionCallers::name).orElse("operator");
  }

  public static String name(KenesSession session) {
    return session.userRef() == null ? "session:" + session.id() : "lti-user:" + session.userRef();
  }
}
