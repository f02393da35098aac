package dev.hermod.itests;

import static org.junit.Assert.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
import org.osgi.service.cm.ConfigurationAdmin;

import dev.hermod.api.agent.AgentRole;
import dev.hermod.api.agent.AgentRuntime;
import dev.hermod.api.agent.Conversation;
import dev.hermod.api.agent.SessionOptions;
import dev.hermod.api.agent.TurnResult;
import dev.hermod.api.llm.ChatModel;
import dev.hermod.api.tool.Tool;
import dev.hermod.testing.model.RecordedRequest;
import dev.hermod.testing.model.Reply;
import dev.hermod.testing.model.ScriptedModelServer;

/** The real bundles on Felix: tools register, configuration rebinds, plugins come and go, turns run. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HermodRuntimeIT {
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
    public void theStandardToolsAreRegistered() throws Exception {
        Set<String> expected = Set.of("terminal", "process", "read_file", "write_file", "patch", "search_files",
                "memory", "session_search", "skills_list", "skill_view");
        Set<String> names = awaitValue(() -> toolNames(), n -> n.containsAll(expected));
        assertTrue("registered: " + names, names.containsAll(expected));
    }

    @Test
    public void aConfigurationChangeRebindsTheModelProvider() throws Exception {
        org.osgi.service.cm.Configuration c = configAdmin.getFactoryConfiguration("hermod.llm.openai", "rebind", "?");
        c.update(endpoint("rebind", "model-a"));
        awaitValue(() -> modelNamed("rebind"), m -> m != null && m.info().model().equals("model-a"));

        c.update(endpoint("rebind", "model-b"));
        ChatModel rebound = awaitValue(() -> modelNamed("rebind"), m -> m != null && m.info().model().equals("model-b"));
        assertEquals("model-b", rebound.info().model());

        c.delete();
        assertNull(awaitValue(() -> modelNamed("rebind"), m -> m == null));
    }

    @Test
    public void aPluginDroppedIntoPluginsAddsItsToolAndDeletingItRemovesIt() throws Exception {
        Path jar = HOME.resolve("plugins").resolve("dev.hermod.tools.todo.jar");
        Files.copy(Path.of(System.getProperty("todo.bundle")), jar, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(awaitValue(this::toolNames, n -> n.contains("todo")).contains("todo"));
        // the bundle ships a skill through its Hermod-Skills manifest header
        assertEquals(dev.hermod.api.skill.Skill.Provenance.BUNDLED,
                awaitValue(() -> skillLibrary().get("plan-long-task").orElse(null), s -> s != null).provenance());

        Files.delete(jar);
        assertFalse(awaitValue(this::toolNames, n -> !n.contains("todo")).contains("todo"));
        assertTrue(awaitValue(() -> skillLibrary().get("plan-long-task").isEmpty(), gone -> gone));
    }

    @Test
    public void theAgentCompletesATurnWithToolCalls() throws Exception {
        org.osgi.service.cm.Configuration c = configAdmin.getFactoryConfiguration("hermod.llm.openai", "turn", "?");
        c.update(endpoint("turn", "scripted-model"));
        awaitValue(() -> modelNamed("turn"), m -> m != null);
        awaitValue(this::toolNames, n -> n.contains("terminal"));
        model.enqueue(Reply.toolCall("terminal", "{\"command\":\"echo in-container-$((40+2))\"}"),
                Reply.text("The command printed in-container-42."));
        int before = model.requests().size();

        Conversation conversation = runtime.open(new SessionOptions("it", "turn", "", null, HOME, null, "turn", AgentRole.PRIMARY));
        TurnResult result = conversation.send("run the echo", null).toCompletableFuture().get(60, TimeUnit.SECONDS);
        conversation.close();

        assertEquals(result.text(), TurnResult.Outcome.COMPLETED, result.outcome());
        assertEquals("The command printed in-container-42.", result.text());
        assertEquals(1, result.toolCalls());
        List<RecordedRequest> requests = model.requests().subList(before, model.requests().size());
        assertEquals(2, requests.size());
        assertTrue(requests.get(0).toolNames().contains("terminal"));
        String toolResult = RecordedRequest.contentText(requests.get(1).messagesWithRole("tool").get(0));
        assertTrue(toolResult, toolResult.contains("in-container-42"));
        c.delete();
    }

    private Dictionary<String, Object> endpoint(String name, String modelId) {
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("name", name);
        p.put("base_url", model.baseUrl());
        p.put("model", modelId);
        p.put("api_key_env", "");
        return p;
    }

    private Set<String> toolNames() throws Exception {
        Set<String> names = new TreeSet<>();
        for (ServiceReference<Tool> ref : context.getServiceReferences(Tool.class, null)) {
            Object name = ref.getProperty("hermod.tool.name");
            if (name != null) names.add(name.toString());
        }
        return names;
    }

    private dev.hermod.api.skill.SkillLibrary skillLibrary() {
        return context.getService(context.getServiceReference(dev.hermod.api.skill.SkillLibrary.class));
    }

    private ChatModel modelNamed(String name) throws Exception {
        for (ServiceReference<ChatModel> ref : context.getServiceReferences(ChatModel.class, null)) {
            ChatModel m = context.getService(ref);
            try {
                if (m != null && m.name().equals(name)) return m;
            } finally {
                context.ungetService(ref);
            }
        }
        return null;
    }

    interface Probe<T> { T get() throws Exception; }

    /** Polls until the value satisfies the condition or the wait ends; returns the last value. */
    static <T> T awaitValue(Probe<T> probe, Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        T value = probe.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50); // polling interval of a condition wait, not a wait for something
            value = probe.get();
        }
        return value;
    }
}
