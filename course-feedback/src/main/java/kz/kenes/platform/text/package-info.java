/**
 * Text that came from a request, made safe for where it goes: {@link
 * kz.kenes.platform.text.UntrustedText} shortens a value and removes its line breaks before it is
 * logged (one log line per event, never a forged one), and refuses a NUL character before a value
 * is stored (PostgreSQL cannot store it in a text or JSON column). May depend on {@code
 * platform.domain} only.
 */
package kz.kenes.platform.text;
