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
        try {
            Method close = component.getClass().getDeclaredMethod("close");
            close.setAccessible(true);
            close.invoke(component);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Closing " + component.getClass().getSimpleName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(component.getClass().getSimpleName() + " has no close() to deactivate it", e);
        }
    }
}
