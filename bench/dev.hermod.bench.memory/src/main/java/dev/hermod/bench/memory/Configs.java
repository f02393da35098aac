package dev.hermod.bench.memory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Map;

import org.osgi.framework.BundleContext;

/**
 * What the OSGi framework would hand the components: typed configurations (the annotation's
 * defaults with some values overridden) and a bundle context that only knows {@code hermod.home}.
 */
final class Configs {

    private Configs() {}

    /** An instance of the config annotation {@code type}: its defaults, with {@code overrides} by method name. */
    static <A> A of(Class<A> type, Map<String, Object> overrides) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> type;
                    case "toString" -> type.getSimpleName() + overrides;
                    case "hashCode" -> overrides.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> overrides.containsKey(method.getName()) ? overrides.get(method.getName())
                            : method.getDefaultValue();
                }));
    }

    /** A bundle context answering {@code getProperty("hermod.home")}; anything else is unsupported. */
    static BundleContext home(Path home) {
        return (BundleContext) Proxy.newProxyInstance(BundleContext.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getProperty" -> "hermod.home".equals(args[0]) ? home.toString() : null;
                    case "toString" -> "BundleContext(hermod.home=" + home + ")";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException("The memory bench offers only hermod.home, not "
                            + method.getName());
                });
    }

    /** Calls the component's {@code @Deactivate} method {@code close()}, as the DS runtime would (it is not public). */
    static void deactivate(Object component) {
        call(component, "close", null, null);
    }

    /** Calls the component's {@code @Deactivate} method {@code name()}. */
    static void deactivate(Object component, String name) {
        call(component, name, null, null);
    }

    /** Binds {@code service} to the component through its bind method {@code name(type)}, as the DS runtime would. */
    static <S> void bind(Object component, String name, Class<S> type, S service) {
        call(component, name, type, service);
    }

    private static void call(Object component, String name, Class<?> type, Object argument) {
        try {
            Method method = type == null ? component.getClass().getDeclaredMethod(name)
                    : component.getClass().getDeclaredMethod(name, type);
            method.setAccessible(true);
            if (type == null) method.invoke(component);
            else method.invoke(component, argument);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(name + " of " + component.getClass().getSimpleName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(component.getClass().getSimpleName() + " has no " + name + "("
                    + (type == null ? "" : type.getSimpleName()) + ")", e);
        }
    }
}
