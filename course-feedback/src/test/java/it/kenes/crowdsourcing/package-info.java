/** ITs of crowdsourcing over HTTP: revision records, their chain, similar-text suggestions. */
package it.kenes.crowdsourcing;
