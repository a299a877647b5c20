/**
 * Use cases of the identity context that are neither HTTP nor storage: {@link
 * kz.kenes.identity.application.SignInThrottle}, which slows down guessing of the admin token per
 * client address on every path that takes it, counted in the database. May depend on {@code
 * identity.domain} and {@code platform}; never on {@code jakarta.ws.rs} or servlet types, nor on
 * {@code api} or {@code web}.
 */
package kz.kenes.identity.application;
