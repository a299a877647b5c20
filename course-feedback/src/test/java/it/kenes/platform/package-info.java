/** Integration tests of health, OpenAPI, the tool configuration, sessions and error answers. */
package it.kenes.platform;
