package dev.hermod.itests;

import static org.junit.Assert.*;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import javax.inject.Inject;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;

import dev.hermod.api.agent.AgentRole;
import dev.hermod.api.agent.AgentRuntime;
import dev.hermod.api.agent.Conversation;
import dev.hermod.api.agent.RuntimeStatus;
import dev.hermod.api.agent.SessionOptions;
import dev.hermod.api.agent.TurnListener;
import dev.hermod.api.agent.TurnResult;
import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.memory.MemoryHealth;
import dev.hermod.api.memory.MemoryProvider;
import dev.hermod.testing.model.Reply;
import dev.hermod.testing.model.ScriptedModelServer;

/**
 * The external memory provider is chosen by configuration and switched live; a provider that is
 * unknown or failing is reported and never silently replaced by another one.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MemoryProvidersIT {
    static final Duration WAIT = Duration.ofSeconds(20);
    static final Path HOME = HermodContainer.sharedHome();
    static ScriptedModelServer model;

    @Inject BundleContext context;
    @Inject ConfigurationAdmin configAdmin;
    @Inject AgentRuntime runtime;

    @Configuration
    public Option[] config() {
        return HermodContainer.options(HOME);
    }

    @BeforeClass
    public static void startModel() throws Exception {
        model = ScriptedModelServer.start();
    }

    @AfterClass
    public static void stopModel() {
        if (model != null) model.close();
    }

    @Test
    public void theExternalProviderIsSwitchedLiveAndAnUnknownOneIsReportedNotReplaced() throws Exception {
        org.osgi.service.cm.Configuration holographic = configAdmin.getConfiguration("hermod.memory.holographic", "?");
        holographic.update(properties("db_path", "holographic-switch.db"));
        assertNotNull("the holographic provider registers once configured",
                await(() -> provider("holographic"), p -> p != null && p.health().state() == MemoryHealth.State.UP));

        agentConfig("holographic");
        RuntimeStatus on = await(runtime::status, s -> s.memoryProviders().equals(List.of("builtin", "holographic")));
        assertEquals(List.of("builtin", "holographic"), on.memoryProviders());
        assertTrue("the provider's tools are offered: " + on.tools(), on.tools().contains("fact_store"));
        assertTrue(memoryStatus(), memoryStatus().contains("in use     builtin + holographic"));

        agentConfig("");
        RuntimeStatus off = await(runtime::status, s -> s.memoryProviders().equals(List.of("builtin")));
        assertEquals(List.of("builtin"), off.memoryProviders());
        assertFalse(off.tools().contains("fact_store"));

        agentConfig("nosuch");
        RuntimeStatus unknown = await(runtime::status, s -> s.problems().stream().anyMatch(p -> p.contains("'nosuch'")));
        assertEquals("holographic is registered and healthy, yet nothing stands in for 'nosuch'",
                List.of("builtin"), unknown.memoryProviders());
        assertTrue(unknown.problems().toString(), unknown.problems().stream()
                .anyMatch(p -> p.contains("the configured memory provider 'nosuch' is not available")));
        List<String> notices = turn("hello there");
        assertTrue(notices.toString(), notices.stream().anyMatch(n -> n.contains("'nosuch' is not available")));

        agentConfig("holographic");
        RuntimeStatus back = await(runtime::status, s -> s.memoryProviders().contains("holographic")
                && s.problems().stream().noneMatch(p -> p.contains("nosuch")));
        assertEquals(List.of("builtin", "holographic"), back.memoryProviders());
        holographic.delete();
        RuntimeStatus gone = await(runtime::status, s -> s.memoryProviders().equals(List.of("builtin")));
        assertEquals("its configuration deleted, holographic is gone and reported",
                List.of("builtin"), gone.memoryProviders());
        agentConfig("");
    }

    @Test
    public void aFailingProviderIsReportedAndNeverSilentlyReplaced() throws Exception {
        Files.writeString(HOME.resolve("not-a-folder"), "a file where the database folder should be");
        org.osgi.service.cm.Configuration holographic = configAdmin.getConfiguration("hermod.memory.holographic", "?");
        holographic.update(properties("db_path", "not-a-folder/holographic.db"));
        await(() -> provider("holographic"), p -> p != null && p.health().state() == MemoryHealth.State.DOWN);
        agentConfig("holographic");
        RuntimeStatus down = await(runtime::status, s -> s.problems().stream()
                .anyMatch(p -> p.startsWith("memory provider 'holographic' is DOWN")));
        assertEquals("a failing provider stays chosen", List.of("builtin", "holographic"), down.memoryProviders());

        ServiceRegistration<MemoryProvider> broken = context.registerService(MemoryProvider.class, new Broken(),
                properties("hermod.memory.name", "broken"));
        try {
            agentConfig("broken");
            RuntimeStatus failing = await(runtime::status, s -> s.memoryProviders().contains("broken")
                    && s.problems().stream().anyMatch(p -> p.contains("'broken' is DOWN")));
            assertEquals("never replaced by the registered holographic provider",
                    List.of("builtin", "broken"), failing.memoryProviders());
            assertTrue(failing.problems().toString(), failing.problems().stream()
                    .anyMatch(p -> p.equals("memory provider 'broken' is DOWN: the broken provider is down on purpose")));
            List<String> notices = turn("what do you remember?");
            assertTrue("the person is told: " + notices, notices.stream()
                    .anyMatch(n -> n.contains("memory provider 'broken' failed in prefetch: recall exploded")));
            String shell = memoryStatus();
            assertTrue(shell, shell.contains("in use     builtin + broken") && shell.contains("the broken provider is down on purpose"));
        } finally {
            broken.unregister();
            agentConfig("");
            holographic.delete();
        }
    }

    /** Runs one turn against the scripted model; returns the notices the person saw. */
    private List<String> turn(String text) throws Exception {
        // Pax Exam runs @BeforeClass per test method inside the container: each method has its own model
        // server, so each gets its own provider name rather than waiting out a reconfiguration
        String name = "memory-it-" + model.baseUrl().replaceAll("\\D", "");
        org.osgi.service.cm.Configuration c = configAdmin.getFactoryConfiguration("hermod.llm.openai", name, "?");
        Dictionary<String, Object> endpoint = properties("name", name);
        endpoint.put("base_url", model.baseUrl());
        endpoint.put("model", "scripted-model");
        endpoint.put("api_key_env", "");
        c.update(endpoint);
        await(() -> runtime.status().models(), m -> m.contains(name));
        model.enqueue(Reply.text("Noted."));
        List<String> notices = new CopyOnWriteArrayList<>();
        Conversation conversation = runtime.open(new SessionOptions("cli", "local", "", null, HOME, null, name,
                AgentRole.PRIMARY));
        try {
            TurnResult result = conversation.send(text, new TurnListener() {
                @Override public void onNotice(String notice) { notices.add(notice); }
            }).toCompletableFuture().get(60, TimeUnit.SECONDS);
            assertEquals(result.text(), TurnResult.Outcome.COMPLETED, result.outcome());
        } finally {
            conversation.close();
            c.delete();
        }
        return notices;
    }

    private void agentConfig(String memoryProvider) throws Exception {
        configAdmin.getConfiguration("hermod.agent", "?").update(properties("memory_provider", memoryProvider));
    }

    /** What {@code hermod:memory status} prints, called as Gogo calls it (the shell bundle's command object). */
    private String memoryStatus() throws Exception {
        ServiceReference<?>[] refs = context.getServiceReferences((String) null,
                "(&(osgi.command.scope=hermod)(osgi.command.function=memory))");
        assertNotNull("hermod:memory is registered", refs);
        assertEquals("exactly one hermod:memory command", 1, refs.length);
        Object commands = context.getService(refs[0]);
        try {
            Method memory = commands.getClass().getMethod("memory", String.class, String[].class);
            return (String) memory.invoke(commands, "status", new String[0]);
        } finally {
            context.ungetService(refs[0]);
        }
    }

    private MemoryProvider provider(String name) throws Exception {
        for (ServiceReference<MemoryProvider> ref : context.getServiceReferences(MemoryProvider.class,
                "(hermod.memory.name=" + name + ")")) {
            return context.getService(ref);
        }
        return null;
    }

    private static Dictionary<String, Object> properties(String key, Object value) {
        Dictionary<String, Object> p = new Hashtable<>();
        p.put(key, value);
        return p;
    }

    /** A provider that is down and whose recall throws. */
    static final class Broken implements MemoryProvider {
        @Override public String name() { return "broken"; }
        @Override public MemoryHealth health() { return MemoryHealth.down("the broken provider is down on purpose"); }
        @Override public String prefetch(MemoryContext context, String query, int tokenBudget) {
            throw new IllegalStateException("recall exploded");
        }
    }

    interface Probe<T> { T get() throws Exception; }

    /** Polls until the value satisfies the condition or the wait ends; returns the last value. */
    static <T> T await(Probe<T> probe, Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        T value = probe.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50); // polling interval of a condition wait, not a wait for something
            value = probe.get();
        }
        return value;
    }
}
