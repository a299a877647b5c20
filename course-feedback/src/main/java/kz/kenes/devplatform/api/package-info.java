/**
 * The development platform's HTTP face, under {@code /dev/platform}: the course page with its
 * launch form, the launch step that posts the login initiation to Kenes, the OIDC authorisation
 * endpoint, the key set and a token endpoint placeholder. Every endpoint first asks the {@link
 * kz.kenes.devplatform.DevModeGate} and answers 404 outside dev mode; none appears in the OpenAPI
 * document.
 */
package kz.kenes.devplatform.api;
