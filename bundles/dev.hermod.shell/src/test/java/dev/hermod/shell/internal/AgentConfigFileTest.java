package dev.hermod.shell.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentConfigFileTest {
    @TempDir Path home;

    @Test
    void setsAKeyKeepingCommentsAndOtherSettings() throws Exception {
        Files.createDirectories(home.resolve("etc"));
        Files.writeString(home.resolve("etc/hermod.agent.cfg"), "# my settings\nmodel = openrouter\nmemory_provider = old\nmax_iterations = 50\n");
        AgentConfigFile file = new AgentConfigFile(home);

        file.set("memory_provider", "holographic");

        assertEquals(List.of("# my settings", "model = openrouter", "memory_provider = holographic", "max_iterations = 50"),
                Files.readAllLines(home.resolve("etc/hermod.agent.cfg")));
        assertEquals("holographic", file.get("memory_provider").orElseThrow());
    }

    @Test
    void createsTheFileWhenMissingAndIgnoresCommentedKeys() throws Exception {
        AgentConfigFile file = new AgentConfigFile(home);
        assertTrue(file.get("memory_provider").isEmpty());
        file.set("memory_provider", "");
        assertEquals(List.of("memory_provider = "), Files.readAllLines(home.resolve("etc/hermod.agent.cfg")));
        Files.writeString(home.resolve("etc/hermod.agent.cfg"), "#memory_provider = x\n");
        assertTrue(file.get("memory_provider").isEmpty());
    }

    @Test
    void providersShowWhatIsInUseAndAMissingChoice() {
        String out = MemorySwitch.providers(List.of("builtin", "holographic", "other"), "holographic");
        assertTrue(out.contains("builtin        always on"), out);
        assertTrue(out.contains("holographic    in use"), out);
        assertTrue(out.contains("other          installed, not used"), out);
        assertTrue(MemorySwitch.providers(List.of("builtin"), "mem0").contains("mem0           configured but NOT AVAILABLE"));
        assertTrue(MemorySwitch.switched("mem0", List.of("builtin"), home).contains("warning: no provider named 'mem0'"));
    }

    @Test
    void editsMadeAtOnceAreAllKept() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<?>> edits = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String key = "key_" + t;
                edits.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) new AgentConfigFile(home).set(key, "v" + i);
                    return null;
                }));
            }
            for (var edit : edits) edit.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        AgentConfigFile config = new AgentConfigFile(home);
        for (int t = 0; t < 8; t++) assertEquals(java.util.Optional.of("v24"), config.get("key_" + t), "key_" + t);
    }
}
