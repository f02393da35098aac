package dev.hermod.memory.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.tool.ToolResult;

class ScopeTest {

    @TempDir Path home;
    private BuiltinMemory memory;
    private MemoryTool tool;
    private final FakeToolContext alice = new FakeToolContext("a1", "telegram", "alice");
    private final FakeToolContext bob = new FakeToolContext("b1", "telegram", "bob");

    @BeforeEach
    void start() {
        memory = new BuiltinMemory(home, MemoryLimits.DEFAULTS, true);
        tool = new MemoryTool(memory);
    }

    @AfterEach
    void stop() {
        memory.close();
    }

    @Test
    void gatewayUsersHaveTheirOwnUserFileAndShareMemory() throws Exception {
        call(alice, "{\"action\":\"add\",\"target\":\"user\",\"content\":\"Alice is vegetarian\"}");
        call(bob, "{\"action\":\"add\",\"target\":\"user\",\"content\":\"Bob is allergic to nuts\"}");
        call(alice, "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"The gateway restarts nightly at 03:00\"}");
        Path users = home.resolve("memories/users/telegram");
        assertEquals("Alice is vegetarian\n", Files.readString(users.resolve("alice/USER.md")));
        assertEquals("Bob is allergic to nuts\n", Files.readString(users.resolve("bob/USER.md")));
        assertFalse(Files.exists(home.resolve("memories/USER.md")), "the local user's file is untouched");

        String aliceBlock = memory.systemPromptBlock(context(alice, "a2"));
        String bobBlock = memory.systemPromptBlock(context(bob, "b2"));
        assertTrue(aliceBlock.contains("vegetarian") && !aliceBlock.contains("nuts"), aliceBlock);
        assertTrue(bobBlock.contains("nuts") && !bobBlock.contains("vegetarian"), bobBlock);
        assertTrue(bobBlock.contains("restarts nightly"), "MEMORY.md is the agent's own, shared: " + bobBlock);
        String local = memory.systemPromptBlock(new MemoryContext("c1", "cli/local", "cli", "", null));
        assertFalse(local.contains("vegetarian") || local.contains("nuts"), local);
    }

    @Test
    void recallReturnsOnlyTheCallersUserRowsAndGlobalMemoryRows() throws Exception {
        call(alice, "{\"action\":\"add\",\"target\":\"user\",\"content\":\"Alice cooks vegetarian curry on Sundays\"}");
        call(alice, "{\"action\":\"remove\",\"target\":\"user\",\"old_text\":\"curry\"}");
        call(bob, "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Curry recipes live in the wiki\"}");
        call(bob, "{\"action\":\"remove\",\"target\":\"memory\",\"old_text\":\"wiki\"}");

        String forAlice = memory.prefetch(context(alice, "a9"), "curry", 2000);
        String forBob = memory.prefetch(context(bob, "b9"), "curry", 2000);
        assertTrue(forAlice.contains("removed] Alice cooks vegetarian curry"), forAlice);
        assertTrue(forAlice.contains("Curry recipes live in the wiki"), forAlice);
        assertFalse(forBob.contains("Alice"), "bob never sees alice's profile: " + forBob);
        assertTrue(forBob.contains("Curry recipes live in the wiki"), forBob);
        try (Db db = new Db(home.resolve("state.db"))) {
            assertEquals(List.of(Map.of("scope", "telegram/alice", "target", "user"),
                    Map.of("scope", "global", "target", "memory")),
                    db.rows("SELECT DISTINCT scope, target FROM memory_archive ORDER BY id"));
        }
    }

    @Test
    void severalUsersOnOneGatewayNeverSeeEachOthersProfileOrMemories() {
        ProfileTool profile = new ProfileTool(memory);
        assertFalse(profile.execute("{\"action\":\"set\",\"aspect\":\"preference\",\"key\":\"diet\","
                + "\"value\":\"vegetarian\"}", alice).error());
        assertFalse(profile.execute("{\"action\":\"set\",\"aspect\":\"expertise\",\"key\":\"chess\","
                + "\"value\":\"grandmaster\"}", bob).error());
        call(alice, "{\"action\":\"add\",\"target\":\"user\",\"content\":\"Alice keeps bees in the garden\"}");

        assertEquals(List.of("diet"), memory.get("telegram", "alice").facts().stream().map(f -> f.key()).toList());
        assertEquals(List.of("chess"), memory.get("telegram", "bob").facts().stream().map(f -> f.key()).toList());
        assertTrue(memory.get("cli", "").isEmpty(), "the local user has no profile");
        assertTrue(memory.get("discord", "alice").isEmpty(), "the same id on another platform is another person");
        assertEquals(1, memory.history("telegram", "alice").size());

        String aliceBlock = memory.systemPromptBlock(context(alice, "a3"));
        String bobBlock = memory.systemPromptBlock(context(bob, "b3"));
        assertTrue(aliceBlock.contains("diet: vegetarian") && !aliceBlock.contains("chess"), aliceBlock);
        assertTrue(bobBlock.contains("chess: grandmaster") && !bobBlock.contains("vegetarian")
                && !bobBlock.contains("bees"), bobBlock);
        assertEquals("expertise chess = grandmaster", profile.execute("{\"action\":\"list\"}", bob).content()
                .replaceAll("  \\[.*", ""));

        assertTrue(memory.search("telegram", "bob", "bees garden", 10).isEmpty(), "bob's search");
        assertEquals(1, memory.search("telegram", "alice", "bees garden", 10).size());
        assertTrue(memory.history("telegram", "bob", "bees").isEmpty(), "bob cannot read alice's entry history");
        assertEquals(1, memory.history("telegram", "alice", "bees").size());
    }

    @Test
    void oddUserIdsStayInsideTheirOwnFolder() {
        Path memories = home.resolve("memories");
        Path escape = new MemoryScope("telegram", "../../etc").file(memories, MemoryTarget.USER).normalize();
        assertTrue(escape.startsWith(memories.resolve("users/telegram")), escape.toString());
        assertNotEquals(new MemoryScope("x", "a/b").key(), new MemoryScope("x", "a_b").key());
        assertNotEquals(new MemoryScope("x", "a_b").key(), new MemoryScope("x", MemoryScope.safe("a/b")).key());
        assertEquals("cli", new MemoryScope("", "someone").key(), "no platform is the local CLI user");
        assertEquals(memories.resolve("USER.md"), MemoryScope.LOCAL.file(memories, MemoryTarget.USER));
    }

    private void call(FakeToolContext who, String arguments) {
        ToolResult result = tool.execute(arguments, who);
        assertFalse(result.error(), result.content());
    }

    private static MemoryContext context(FakeToolContext who, String sessionId) {
        return new MemoryContext(sessionId, who.sessionKey(), who.platform(), who.userId(), null);
    }
}
