package kz.kenes.platform.errors;

import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.Gone;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.domain.NotAuthenticated;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.platform.domain.TooManyRequests;

/** The HTTP status of each kind of domain refusal: the one place where the two meet. */
public final class Problems {

  private Problems() {}

  /** 400, 401, 403, 404, 409, 410 or 429; 422 for a kind this table does not know yet. */
  public static int status(DomainException refusal) {
    if (refusal instanceof InvalidInput) {
      return 400;
    }
    if (refusal instanceof NotAuthenticated) {
      return 401;
    }
    if (refusal instanceof NotAllowed) {
      return 403;
    }
    if (refusal instanceof NotFound) {
      return 404;
    }
    if (refusal instanceof Conflict) {
      return 409;
    }
    if (refusal instanceof Gone) {
      return 410;
    }
    if (refusal instanceof TooManyRequests) {
      return 429;
    }
    return 422;
  }
}
