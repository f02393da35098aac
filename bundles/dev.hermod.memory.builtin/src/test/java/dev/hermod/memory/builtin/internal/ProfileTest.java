package dev.hermod.memory.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.memory.ProfileAspect;
import dev.hermod.api.memory.ProfileChange;
import dev.hermod.api.memory.ProfileFact;
import dev.hermod.api.tool.ToolResult;

class ProfileTest {

    @TempDir Path home;
    private BuiltinMemory memory;
    private ProfileTool tool;

    @BeforeEach
    void start() {
        memory = new BuiltinMemory(home, MemoryLimits.DEFAULTS, true);
        tool = new ProfileTool(memory);
    }

    @AfterEach
    void stop() {
        memory.close();
    }

    @Test
    void theToolSetsUpdatesAndRemovesKeysAndEveryChangeIsLogged() throws Exception {
        assertEquals("Set preference editor = vim. Shown in the system prompt from the next session on.",
                ok("s1", "{\"action\":\"set\",\"aspect\":\"preference\",\"key\":\"Editor\",\"value\":\"vim\"}"));
        assertEquals("Set preference editor = helix (was: vim). Shown in the system prompt from the next session on.",
                ok("s2", "{\"action\":\"set\",\"aspect\":\"preference\",\"key\":\"editor\",\"value\":\"helix\","
                        + "\"reason\":\"switched last week\"}"));
        assertEquals("The key already set to exactly that; nothing changed.",
                ok("s2", "{\"action\":\"set\",\"aspect\":\"preference\",\"key\":\"editor\",\"value\":\"helix\"}"));
        ok("s3", "{\"action\":\"set\",\"aspect\":\"expertise\",\"key\":\"Rust lang\",\"value\":\"beginner\"}");
        assertTrue(ok("s4", "{\"action\":\"remove\",\"aspect\":\"expertise\",\"key\":\"rust lang\"}")
                .startsWith("Removed expertise rust_lang (was: beginner)"));

        assertEquals(List.of("preference editor = helix"), memory.get("cli", "").facts().stream()
                .map(f -> f.aspect().id() + " " + f.key() + " = " + f.value()).toList());
        List<ProfileChange> log = memory.history("cli", "");
        assertEquals(List.of("SET editor vim <- ", "SET editor helix <- vim", "SET rust_lang beginner <- ",
                "REMOVE rust_lang  <- beginner"), log.stream()
                .map(c -> c.action() + " " + c.key() + " " + c.value() + " <- " + c.previous()).toList());
        assertEquals(List.of("s1", "s2", "s3", "s4"), log.stream().map(ProfileChange::sessionId).toList());
        assertEquals("switched last week", log.get(1).reason());
        assertEquals("model: remove", log.get(3).reason());
        assertTrue(log.stream().allMatch(c -> c.source().equals("model")));
    }

    @Test
    void theLogIsAppendOnly() throws Exception {
        ok("s1", "{\"action\":\"set\",\"aspect\":\"style\",\"key\":\"length\",\"value\":\"short answers\"}");
        try (Db db = new Db(home.resolve("state.db"))) {
            SQLException update = assertThrows(SQLException.class,
                    () -> db.execute("UPDATE memory_profile_log SET value = 'long'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> db.execute("DELETE FROM memory_profile_log"));
        }
    }

    @Test
    void mistakesAndSecretsAreRefusedWithAFix() {
        assertTrue(error("{\"action\":\"set\",\"aspect\":\"mood\",\"key\":\"x\",\"value\":\"y\"}")
                .contains("use preference, expertise or style"));
        assertTrue(error("{\"action\":\"set\",\"aspect\":\"preference\",\"key\":\"editor\"}").contains("value is required"));
        assertTrue(error("{\"action\":\"set\",\"aspect\":\"preference\",\"key\":\"a/b\",\"value\":\"y\"}")
                .contains("a short name for the fact"));
        String secret = error("{\"action\":\"set\",\"aspect\":\"preference\",\"key\":\"api\",\"value\":\"my key is"
                + " sk-abcdefghijklmnopqrstuvwx\"}");
        assertTrue(secret.contains("an API key") && !secret.contains("sk-abc"), secret);
        assertTrue(error("{\"action\":\"set\",\"aspect\":\"style\",\"key\":\"x\",\"value\":\"" + "y".repeat(201) + "\"}")
                .contains("at most 200"));
        assertTrue(memory.history("cli", "").isEmpty(), "refusals change nothing and are not logged");
    }

    @Test
    void aProfileHoldsAtMostSixtyFourFacts() {
        MemoryContext who = new MemoryContext("s1", "cli/local", "cli", "", null);
        for (int i = 0; i < Profiles.MAX_FACTS; i++) memory.put(who, ProfileAspect.PREFERENCE, "k" + i, "v", "test", "");
        IllegalArgumentException full = assertThrows(IllegalArgumentException.class,
                () -> memory.put(who, ProfileAspect.PREFERENCE, "one more", "v", "test", ""));
        assertTrue(full.getMessage().contains("remove outdated ones"), full.getMessage());
        assertTrue(memory.put(who, ProfileAspect.PREFERENCE, "k1", "changed", "test", "").isPresent(),
                "an existing key can still change");
    }

    @Test
    void theProfileIsRenderedIntoThePromptOncePerSession() {
        ok("s1", "{\"action\":\"set\",\"aspect\":\"preference\",\"key\":\"editor\",\"value\":\"helix\"}");
        ok("s1", "{\"action\":\"set\",\"aspect\":\"expertise\",\"key\":\"java\",\"value\":\"expert\"}");
        ok("s1", "{\"action\":\"set\",\"aspect\":\"style\",\"key\":\"answer length\",\"value\":\"short, code first\"}");
        ok("s1", "{\"action\":\"set\",\"aspect\":\"preference\",\"key\":\"shell\",\"value\":\"fish\"}");
        MemoryContext session = new MemoryContext("s2", "cli/local", "cli", "", null);
        String block = memory.systemPromptBlock(session);
        assertEquals(ProfileBlock.TITLE + "\npreferences: editor: helix; shell: fish\nexpertise: java: expert\n"
                + "communication style: answer length: short, code first", block);

        ok("s2", "{\"action\":\"set\",\"aspect\":\"preference\",\"key\":\"editor\",\"value\":\"emacs\"}");
        assertEquals(block, memory.systemPromptBlock(session), "byte-stable within the session");
        assertTrue(memory.systemPromptBlock(new MemoryContext("s3", "cli/local", "cli", "", null))
                .contains("editor: emacs"), "the next session sees the change");
    }

    @Test
    void aLongProfileIsCutAtTheLimitAndSaysSo() {
        Instant now = Instant.now();
        List<ProfileFact> facts = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) facts.add(new ProfileFact(ProfileAspect.PREFERENCE, "key" + i, "value " + i, "t", now));
        String block = ProfileBlock.render(facts, 200);
        assertTrue(block.length() <= 200 + 60, block);
        assertTrue(block.endsWith("more not shown; user_profile list shows all)"), block);
        assertEquals("", ProfileBlock.render(List.of(), 800));
    }

    @Test
    void listShowsSourceAndDate() {
        memory.put(new MemoryContext("s1", "cli/local", "cli", "", null), ProfileAspect.EXPERTISE, "kubernetes",
                "operates clusters at work", "holographic:fact#3", "");
        String list = ok("s2", "{\"action\":\"list\"}");
        assertTrue(list.startsWith("expertise kubernetes = operates clusters at work  [holographic:fact#3, 20"), list);
    }

    private String ok(String session, String arguments) {
        ToolResult result = tool.execute(arguments, new FakeToolContext(session));
        assertFalse(result.error(), result.content());
        return result.content();
    }

    private String error(String arguments) {
        ToolResult result = tool.execute(arguments, new FakeToolContext("s9"));
        assertTrue(result.error(), result.content());
        return result.content();
    }
}
