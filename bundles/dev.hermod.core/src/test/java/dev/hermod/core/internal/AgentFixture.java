package dev.hermod.core.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.agent.TurnListener;
import dev.hermod.api.agent.TurnResult;
import dev.hermod.api.memory.MemoryProvider;
import dev.hermod.api.tool.Tool;

/**
 * An {@link AgentService} built directly over an in-memory store and fake models, with the notices
 * it gives collected; stopped after each test. Fast retries, no start-up wait.
 */
abstract class AgentFixture {

    @TempDir Path home;
    final MemoryStore store = new MemoryStore();
    final List<String> notices = new CopyOnWriteArrayList<>();
    final TurnListener listener = new TurnListener() {
        @Override public void onNotice(String notice) { notices.add(notice); }
    };
    AgentService agent;

    /** The runtime with this configuration, tools and memory providers; the models ranked in the order given. */
    AgentService agent(Map<String, Object> config, List<Tool> tools, List<MemoryProvider> memory, FakeModel... models) {
        Map<String, Object> c = new HashMap<>(Map.of("retry__base__delay__ms", 1L, "retry__max__delay__ms", 5L,
                "working__directory", home.toString(), "startup__wait__seconds", 0));
        c.putAll(config);
        System.setProperty("user.home", home.toString());
        agent = new AgentService(store, null, Configs.agent(c));
        agent.tools = tools;
        agent.memoryProviders = memory;
        int ranking = models.length;
        for (FakeModel m : models) agent.addModel(m, Map.of("service.ranking", ranking--, "service.id", (long) ranking));
        return agent;
    }

    @AfterEach
    void stop() {
        if (agent != null) agent.deactivate();
    }

    static TurnResult await(CompletionStage<TurnResult> stage) throws Exception {
        return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
