package dev.hermod.llm.openai.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;

class DefaultEndpointRegistrarTest {
    private static final Map<String, String> ENV = Map.of("HERMOD_MODEL", "gpt-4.1", "OPENAI_API_KEY", "sk-1");

    /** ConfigurationAdmin that knows how many hermod.llm.openai configurations exist. */
    private int configured;
    private String lastFilter;
    private final RecordingPublisher publisher = new RecordingPublisher();
    private final List<DefaultEndpointRegistrar> started = new ArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(DefaultEndpointRegistrar::deactivate); // closes the endpoints' HTTP clients
    }

    private DefaultEndpointRegistrar registrar(Map<String, String> env) {
        DefaultEndpointRegistrar registrar = new DefaultEndpointRegistrar(configurationAdmin(), publisher, env::get);
        started.add(registrar);
        return registrar;
    }

    private ConfigurationAdmin configurationAdmin() {
        return proxy(ConfigurationAdmin.class, (method, args) -> {
            if (!method.equals("listConfigurations")) throw new UnsupportedOperationException(method);
            lastFilter = (String) args[0];
            if (configured == 0) return null;
            Configuration[] found = new Configuration[configured];
            for (int i = 0; i < configured; i++) found[i] = proxy(Configuration.class, (m, a) -> null);
            return found;
        });
    }

    private static ConfigurationEvent event(int type, String factoryPid) {
        @SuppressWarnings("unchecked")
        ServiceReference<ConfigurationAdmin> reference = proxy(ServiceReference.class, (m, a) -> null);
        return new ConfigurationEvent(reference, type, factoryPid, factoryPid + ".x");
    }

    @Test
    void registersTheDefaultEndpointWhenNothingIsConfigured() {
        DefaultEndpointRegistrar registrar = registrar(ENV);
        assertTrue(registrar.isPublished());
        assertEquals("(service.factoryPid=hermod.llm.openai)", lastFilter);
        RecordingPublisher.Registered registered = publisher.live.get(0);
        assertEquals(Map.of("hermod.llm.name", "default", "service.ranking", -100), registered.properties());
        assertEquals("default", registered.model().name());
        assertEquals("gpt-4.1", registered.model().info().model());
        assertEquals("https://api.openai.com/v1", registered.model().info().endpoint());
        registrar.deactivate();
        assertTrue(publisher.live.isEmpty());
    }

    @Test
    void withdrawsWhileAnEndpointIsConfiguredAndReturnsAfterwards() {
        DefaultEndpointRegistrar registrar = registrar(ENV);
        configured = 1;
        registrar.configurationEvent(event(ConfigurationEvent.CM_UPDATED, "hermod.llm.openai"));
        assertFalse(registrar.isPublished());
        assertTrue(publisher.live.isEmpty());
        configured = 0;
        registrar.configurationEvent(event(ConfigurationEvent.CM_DELETED, "hermod.llm.openai"));
        assertTrue(registrar.isPublished());
        assertEquals(1, publisher.live.size());
        assertEquals(2, publisher.publications);
    }

    @Test
    void ignoresOtherConfigurations() {
        configured = 1;
        DefaultEndpointRegistrar registrar = registrar(ENV);
        assertFalse(registrar.isPublished());
        configured = 0;
        registrar.configurationEvent(event(ConfigurationEvent.CM_DELETED, "hermod.gateway.telegram"));
        assertFalse(registrar.isPublished(), "only hermod.llm.openai events are looked at");
    }

    @Test
    void registersNothingWithoutHermodModel() {
        DefaultEndpointRegistrar registrar =
                registrar(Map.of("OPENAI_API_KEY", "sk-1"));
        assertFalse(registrar.isPublished());
        assertEquals(0, publisher.publications);
    }

    @Test
    void registersNothingWhenTheEnvironmentIsUnsafe() {
        Map<String, String> env = Map.of("HERMOD_MODEL", "m", "OPENAI_API_KEY", "sk-1",
                "OPENAI_BASE_URL", "http://192.0.2.10:8000/v1");
        DefaultEndpointRegistrar registrar = registrar(env);
        assertFalse(registrar.isPublished());
    }

    interface Handler {
        Object handle(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Handler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) ->
                switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == args[0];
                    case "toString" -> type.getSimpleName();
                    default -> handler.handle(method.getName(), args);
                });
    }
}
