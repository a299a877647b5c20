package kz.kenes.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import kz.kenes.platform.i18n.Messages;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the server-side pages: Thymeleaf templates from {@code templates/} (output escaped by
 * default), texts from the {@code i18n/messages} bundles in the page's language.
 */
@ApplicationScoped
public class Views {

  private TemplateEngine engine;

  @PostConstruct
  void init() {
    RecordPropertyAccessor.install();
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(Views.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setMessageResolver(new BundleMessageResolver());
  }

  public String render(String template, Locale locale, Map<String, Object> model) {
    Context context = new Context(locale, model);
    return engine.process(template, context);
  }

  /** Resolves {@code #{key(args)}} from the i18n bundles. */
  static final class BundleMessageResolver extends AbstractMessageResolver {
    @Override
    public String resolveMessage(
        ITemplateContext context, Class<?> origin, String key, Object[] args) {
      try {
        String pattern = Messages.bundle(context.getLocale()).getString(key);
        return args == null || args.length == 0
            ? pattern
            : new MessageFormat(pattern, context.getLocale()).format(args);
      } catch (MissingResourceException e) {
        return null;
      }
    }

    @Override
    public String createAbsentMessageRepresentation(
        ITemplateContext context, Class<?> origin, String key, Object[] args) {
      return "??" + key + "??";
    }
  }
}
