/**
 * What every part of Kenes stands on and that belongs to no bounded context: the JAX-RS application
 * ({@link kz.kenes.platform.KenesApplication}) and, in the sub-packages, configuration, the schema
 * migration at start-up, health checks, the domain exceptions and how they are answered, languages,
 * column helpers and the page shell. {@code platform} depends on nothing else in Kenes; everything
 * may depend on it. Where it needs to know something only a context knows (which origins may frame
 * a page), it declares an interface that the context implements ({@link
 * kz.kenes.platform.web.HeaderRules}).
 */
package kz.kenes.platform;
