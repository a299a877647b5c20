/**
 * The development platform: a small LTI 1.3 platform living inside Kenes so that a developer (and
 * the browser tests) can launch Kenes through the real OpenID Connect flow with a real signed
 * id_token, without installing Open edX or Moodle. It exists only in dev mode ({@link
 * kz.kenes.devplatform.DevModeGate}): every endpoint under {@code /dev/platform} answers 404
 * otherwise. This package holds the gate and the event announcing the platform's registration;
 * {@code application} holds the platform itself, {@code api} its pages and endpoints.
 */
package kz.kenes.devplatform;
