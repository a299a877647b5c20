/**
 * Browser tests: headless Chromium drives the development platform, which launches Kenes into a
 * third-party iframe with third-party cookies blocked. Skipped, with the line {@code
 * KENES-BROWSER-TESTS-SKIPPED: <reason>} on standard output, only when no Chromium is installed.
 */
package it.kenes.browser;
