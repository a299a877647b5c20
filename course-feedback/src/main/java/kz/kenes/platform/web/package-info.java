/**
 * The server-rendered page shell, independent of any one feature: Thymeleaf rendering ({@link
 * kz.kenes.platform.web.Views}), the variables every page shares ({@link
 * kz.kenes.platform.web.PageModel}), the HTML answer ({@link kz.kenes.platform.web.HtmlPages}), how
 * a refused form marks its fields ({@link kz.kenes.platform.web.FormErrors}) and the whitelisted
 * style sheet, script and images under {@code /static} ({@link
 * kz.kenes.platform.web.StaticResource}). Pages themselves live with the context they show.
 */
package kz.kenes.platform.web;
