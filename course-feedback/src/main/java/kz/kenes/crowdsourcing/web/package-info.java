/**
 * The crowdsourcing pages: the administrator's revision history of a program and of a module, a
 * revision's page (draft changes, applying with a confirmation, the survey rounds), the diff
 * between module versions and the chain check. Server-rendered, no JavaScript, CSRF on every form.
 */
package kz.kenes.crowdsourcing.web;
