/**
 * The interface languages, Kazakh, Russian and English: {@link kz.kenes.platform.i18n.Messages}
 * chooses among them (an explicit choice, the launch's locale, {@code Accept-Language}, English)
 * and reads the {@code i18n/messages} bundles. Depends on nothing else in Kenes.
 */
package kz.kenes.platform.i18n;
