/** Integration tests of crowdsourcing campaigns and proposals over HTTP. */
package it.kenes.crowdsourcing;
