/** ITs of sessions over HTTP: sign-out from the pages and from the API. */
package it.kenes.identity;
