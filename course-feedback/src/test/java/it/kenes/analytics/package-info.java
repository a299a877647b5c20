/** Integration tests of the survey report and exports over HTTP. */
package it.kenes.analytics;
