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

import dev.hermod.api.memory.ArchivedChange;
import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.memory.PinnedFile;
import dev.hermod.api.tool.ToolResult;

/** Who sees what: gateway users apart by default (shared_agent_notes=false), the opt-in sharing, the local user. */
class ScopeTest {

    @TempDir Path home;
    private BuiltinMemory memory;
    private MemoryTool tool;
    private final FakeToolContext alice = new FakeToolContext("a1", "telegram", "alice");
    private final FakeToolContext bob = new FakeToolContext("b1", "telegram", "bob");
    private final FakeToolContext local = new FakeToolContext("c1");

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
    void gatewayUsersHaveTheirOwnUserAndMemoryFiles() throws Exception {
        call(alice, "{\"action\":\"add\",\"target\":\"user\",\"content\":\"Alice is vegetarian\"}");
        call(bob, "{\"action\":\"add\",\"target\":\"user\",\"content\":\"Bob is allergic to nuts\"}");
        call(alice, "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"The gateway restarts nightly at 03:00\"}");
        Path users = home.resolve("memories/users/telegram");
        assertEquals("Alice is vegetarian\n", Files.readString(users.resolve("alice/USER.md")));
        assertEquals("Bob is allergic to nuts\n", Files.readString(users.resolve("bob/USER.md")));
        assertEquals("The gateway restarts nightly at 03:00\n", Files.readString(users.resolve("alice/MEMORY.md")));
        assertFalse(Files.exists(users.resolve("bob/MEMORY.md")));
        assertFalse(Files.exists(home.resolve("memories/MEMORY.md")), "the home's MEMORY.md is untouched");
        assertFalse(Files.exists(home.resolve("memories/USER.md")), "the local user's file is untouched");

        String aliceBlock = memory.systemPromptBlock(context(alice, "a2"));
        String bobBlock = memory.systemPromptBlock(context(bob, "b2"));
        assertTrue(aliceBlock.contains("vegetarian") && aliceBlock.contains("restarts nightly")
                && !aliceBlock.contains("nuts"), aliceBlock);
        assertTrue(bobBlock.contains("nuts") && !bobBlock.contains("vegetarian"), bobBlock);
        assertFalse(bobBlock.contains("restarts nightly"), "what the agent noted for alice stays hers: " + bobBlock);
        String localBlock = memory.systemPromptBlock(context(local, "c2"));
        assertFalse(localBlock.contains("vegetarian") || localBlock.contains("nuts")
                || localBlock.contains("restarts"), localBlock);

        assertEquals(List.of("The gateway restarts nightly at 03:00"), pinnedMemory("telegram", "alice").entries());
        assertTrue(pinnedMemory("telegram", "bob").entries().isEmpty(), "bob's /memory shows his own notes");
        assertFalse(pinnedMemory("telegram", "bob").exists());
    }

    @Test
    void oneGatewayUsersAgentNotesNeverReachAnotherInPromptRecallSearchOrHistory() throws Exception {
        call(alice, "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Staging for this team is kumquat.internal\"}");
        call(alice, "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Project Quince ships on Friday\"}");
        call(alice, "{\"action\":\"remove\",\"target\":\"memory\",\"old_text\":\"Quince\"}");

        assertFalse(memory.systemPromptBlock(context(bob, "b2")).contains("kumquat"));
        assertEquals("", memory.prefetch(context(bob, "b3"), "kumquat staging quince friday", 2000), "bob's recall");
        assertTrue(memory.search("telegram", "bob", "kumquat quince", 10).isEmpty(), "bob's search");
        assertTrue(memory.history("telegram", "bob", "Quince").isEmpty(), "bob's history");
        assertTrue(memory.history("telegram", "bob", "kumquat").isEmpty(), "bob's history");
        assertEquals("", memory.prefetch(context(local, "c3"), "kumquat staging quince friday", 2000),
                "the local user's recall holds only the home's notes");
        assertTrue(memory.search("cli", "", "kumquat quince", 10).isEmpty(), "the local user's search");

        assertTrue(memory.prefetch(context(alice, "a4"), "when does quince ship?", 2000)
                .contains("removed] Project Quince ships on Friday"), "alice recalls her own notes");
        assertEquals(2, memory.search("telegram", "alice", "kumquat quince", 10).size());
        assertEquals(List.of("ADD", "REMOVE"), memory.history("telegram", "alice", "Quince").stream()
                .map(ArchivedChange::action).toList());
        try (Db db = new Db(home.resolve("state.db"))) {
            assertEquals(List.of(Map.of("scope", "telegram/alice", "target", "memory")),
                    db.rows("SELECT DISTINCT scope, target FROM memory_archive ORDER BY id"));
        }
    }

    @Test
    void theLocalUserKeepsTheHomesMemoryFileWithGlobalRowsThatGatewayUsersDoNotSee() throws Exception {
        Files.createDirectories(home.resolve("memories"));
        Files.writeString(home.resolve("memories/MEMORY.md"), "Server runs Debian 12\n"); // an existing home
        call(local, "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Backups go to the NAS at 02:00\"}");

        assertEquals("Server runs Debian 12\n§\nBackups go to the NAS at 02:00\n",
                Files.readString(home.resolve("memories/MEMORY.md")));
        assertTrue(memory.systemPromptBlock(context(local, "c2")).contains("Server runs Debian 12"));
        assertEquals(1, memory.search("cli", "", "backups nas", 10).size());
        assertEquals(1, memory.history("cli", "", "Backups").size());

        assertFalse(memory.systemPromptBlock(context(alice, "a2")).contains("Debian"));
        assertTrue(memory.search("telegram", "alice", "backups nas debian", 10).isEmpty());
        assertTrue(memory.history("telegram", "alice", "Backups").isEmpty());
        try (Db db = new Db(home.resolve("state.db"))) {
            assertEquals(List.of(Map.of("scope", "global", "target", "memory")),
                    db.rows("SELECT DISTINCT scope, target FROM memory_archive ORDER BY id"));
        }
    }

    @Test
    void withSharedAgentNotesEveryoneSharesOneMemoryFileButNotUserFiles() throws Exception {
        memory.close();
        memory = new BuiltinMemory(BuiltinSettings.defaults(home, MemoryLimits.DEFAULTS, true).withSharedAgentNotes(true));
        tool = new MemoryTool(memory);
        call(alice, "{\"action\":\"add\",\"target\":\"user\",\"content\":\"Alice is vegetarian\"}");
        call(alice, "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"The gateway restarts nightly at 03:00\"}");
        call(alice, "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Project Quince ships on Friday\"}");
        call(alice, "{\"action\":\"remove\",\"target\":\"memory\",\"old_text\":\"Quince\"}");

        assertEquals("The gateway restarts nightly at 03:00\n", Files.readString(home.resolve("memories/MEMORY.md")));
        assertFalse(Files.exists(home.resolve("memories/users/telegram/alice/MEMORY.md")));
        String bobBlock = memory.systemPromptBlock(context(bob, "b2"));
        assertTrue(bobBlock.contains("restarts nightly") && !bobBlock.contains("vegetarian"), bobBlock);
        assertTrue(memory.systemPromptBlock(context(local, "c2")).contains("restarts nightly"));
        String forBob = memory.prefetch(context(bob, "b3"), "quince vegetarian", 2000);
        assertTrue(forBob.contains("removed] Project Quince ships on Friday"), forBob);
        assertFalse(forBob.contains("Alice"), "alice's USER.md stays hers: " + forBob);
        assertEquals(1, memory.search("telegram", "bob", "restarts nightly", 10).size());
        assertEquals(2, memory.history("telegram", "bob", "Quince").size());
        try (Db db = new Db(home.resolve("state.db"))) {
            assertEquals(List.of(Map.of("scope", "telegram/alice", "target", "user"),
                    Map.of("scope", "global", "target", "memory")),
                    db.rows("SELECT DISTINCT scope, target FROM memory_archive ORDER BY id"));
        }
    }

    @Test
    void healthNamesTheGatewayUsersWhoseFilesAreNearlyFull() {
        BuiltinMemory small = new BuiltinMemory(home, new MemoryLimits(100, 100), true);
        try {
            MemoryTool smallTool = new MemoryTool(small);
            smallTool.execute("{\"action\":\"add\",\"target\":\"user\",\"content\":\"" + "a".repeat(85) + "\"}", alice);
            smallTool.execute("{\"action\":\"add\",\"target\":\"user\",\"content\":\"" + "b".repeat(40) + "\"}", bob);
            smallTool.execute("{\"action\":\"add\",\"target\":\"memory\",\"content\":\"" + "c".repeat(90) + "\"}", bob);

            assertEquals("MEMORY.md of telegram/bob at 90% of 100 chars: consolidate; USER.md of telegram/alice at"
                    + " 85% of 100 chars: consolidate", small.health().detail());
        } finally {
            small.close();
        }
    }

    @Test
    void recallReturnsOnlyTheCallersOwnRows() throws Exception {
        call(alice, "{\"action\":\"add\",\"target\":\"user\",\"content\":\"Alice cooks vegetarian curry on Sundays\"}");
        call(alice, "{\"action\":\"remove\",\"target\":\"user\",\"old_text\":\"curry\"}");
        call(bob, "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Curry recipes live in the wiki\"}");
        call(bob, "{\"action\":\"remove\",\"target\":\"memory\",\"old_text\":\"wiki\"}");

        String forAlice = memory.prefetch(context(alice, "a9"), "curry", 2000);
        String forBob = memory.prefetch(context(bob, "b9"), "curry", 2000);
        assertTrue(forAlice.contains("removed] Alice cooks vegetarian curry"), forAlice);
        assertFalse(forAlice.contains("wiki"), "alice never sees the notes taken for bob: " + forAlice);
        assertFalse(forBob.contains("Alice"), "bob never sees alice's profile: " + forBob);
        assertTrue(forBob.contains("Curry recipes live in the wiki"), forBob);
        try (Db db = new Db(home.resolve("state.db"))) {
            assertEquals(List.of(Map.of("scope", "telegram/alice", "target", "user"),
                    Map.of("scope", "telegram/bob", "target", "memory")),
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
        for (MemoryTarget target : MemoryTarget.values()) {
            Path escape = new MemoryScope("telegram", "../../etc", false).file(memories, target).normalize();
            assertTrue(escape.startsWith(memories.resolve("users/telegram")), escape.toString());
        }
        assertNotEquals(MemoryScope.keyOf("x", "a/b"), MemoryScope.keyOf("x", "a_b"));
        assertNotEquals(MemoryScope.keyOf("x", "a_b"), MemoryScope.keyOf("x", MemoryScope.safe("a/b")));
        assertEquals("cli", MemoryScope.keyOf("", "someone"), "no platform is the local CLI user");
        assertEquals(memories.resolve("USER.md"), MemoryScope.LOCAL.file(memories, MemoryTarget.USER));
        assertEquals(memories.resolve("MEMORY.md"), MemoryScope.LOCAL.file(memories, MemoryTarget.MEMORY));
        assertEquals(List.of("global", "cli"), MemoryScope.LOCAL.visibleScopes());
        assertEquals(List.of("telegram/alice"), new MemoryScope("telegram", "alice", false).visibleScopes());
        assertEquals(List.of("global", "telegram/alice"), new MemoryScope("telegram", "alice", true).visibleScopes());
        assertEquals("global", new MemoryScope("telegram", "alice", true).notesKey());
    }

    private PinnedFile pinnedMemory(String platform, String userId) {
        return memory.files(platform, userId).get(0);
    }

    private void call(FakeToolContext who, String arguments) {
        ToolResult result = tool.execute(arguments, who);
        assertFalse(result.error(), result.content());
    }

    private static MemoryContext context(FakeToolContext who, String sessionId) {
        return new MemoryContext(sessionId, who.sessionKey(), who.platform(), who.userId(), null);
    }
}
