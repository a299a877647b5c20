/** Integration tests of the admin REST API for platform registrations and tool keys. */
package it.kenes.admin;
