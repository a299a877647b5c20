/**
 * The development platform itself: its identity and URLs ({@link
 * kz.kenes.devplatform.application.DevPlatform}), its registration with Kenes at start-up, its
 * keys, the role sets and users it can launch with, the signed {@code lti_message_hint} that
 * carries a launch choice through Kenes's login initiation, the authorisation request checks and
 * the id_token of a resource link launch. The pages and endpoints live in {@code api}.
 */
package kz.kenes.devplatform.application;
