/**
 * Integration tests of crowdsourcing over HTTP: campaigns and proposals; revision records, their
 * chain, similar-text suggestions.
 */
package it.kenes.crowdsourcing;
