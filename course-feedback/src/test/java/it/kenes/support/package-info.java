/**
 * What the integration tests need to talk to the running Kenes like its real clients do: an
 * independent LTI 1.3 platform ({@link it.kenes.support.TestPlatform}) with its own key set server
 * and virtual browsers, an id_token builder, the admin API client, and test data builders. Nothing
 * here knows Kenes's internals: everything goes over HTTP.
 */
package it.kenes.support;
