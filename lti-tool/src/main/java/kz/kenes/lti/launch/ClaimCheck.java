package kz.kenes.lti.launch;

/**
 * One rule of launch validation: returns quietly when the id_token satisfies it, otherwise throws
 * {@link kz.kenes.lti.LtiProtocolException} with the rule's own error and a precise message.
 */
@FunctionalInterface
interface ClaimCheck {
  void check(IdTokenClaims claims, LaunchContext context);
}
