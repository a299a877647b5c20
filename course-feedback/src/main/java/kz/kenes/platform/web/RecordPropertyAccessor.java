package kz.kenes.platform.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;
import ognl.OgnlRuntime;

/**
 * How template expressions read a record's components ({@code ${m.title}} on a record {@code m}).
 *
 * <p>The page models are records, whose accessors are {@code title()}, not {@code getTitle()}. OGNL
 * caches only JavaBean getters: for any other name it lists every public method of the class and
 * compares each name ignoring case, on every evaluation. That was about 4 % of the server's CPU in
 * a launch flow (docs/performance.md). This accessor looks the component's accessor up once per
 * record class and calls it; any other name (a method, a bean property) is left to OGNL as before.
 */
final class RecordPropertyAccessor extends ObjectPropertyAccessor {

  private static final ClassValue<Map<String, Method>> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          Map<String, Method> accessors = new HashMap<>();
          RecordComponent[] components = type.getRecordComponents();
          if (components != null) {
            for (RecordComponent component : components) {
              Method accessor = component.getAccessor();
              if (accessor.trySetAccessible()) {
                accessors.put(component.getName(), accessor);
              }
            }
          }
          return Map.copyOf(accessors);
        }
      };

  /** Makes OGNL read every record through this accessor; idempotent. */
  static void install() {
    OgnlRuntime.setPropertyAccessor(Record.class, new RecordPropertyAccessor());
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Object getProperty(Map context, Object target, Object name) throws OgnlException {
    if (target != null && name instanceof String component) {
      Method accessor = COMPONENTS.get(target.getClass()).get(component);
      if (accessor != null) {
        try {
          return accessor.invoke(target);
        } catch (IllegalAccessException e) {
          throw new OgnlException(component, e);
        } catch (InvocationTargetException e) {
          throw new OgnlException(component, e.getCause());
        }
      }
    }
    return super.getProperty(context, target, name);
  }
}
