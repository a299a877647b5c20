/**
 * Background work on the server's managed threads ({@link
 * kz.kenes.platform.concurrent.BackgroundLoop}).
 */
package kz.kenes.platform.concurrent;
