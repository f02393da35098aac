package dev.hermod.memory.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.memory.MemoryHealth;
import dev.hermod.api.tool.ToolResult;

class ArchiveTest {

    @TempDir Path home;
    private BuiltinMemory memory;
    private MemoryTool tool;

    @BeforeEach
    void start() {
        memory = new BuiltinMemory(home, new MemoryLimits(200, 100), true);
        tool = new MemoryTool(memory);
    }

    @AfterEach
    void stop() {
        memory.close();
    }

    @Test
    void everyChangeIsArchivedWithItsReasonAndSession() throws Exception {
        call("s1", "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Build with make\"}");
        call("s2", "{\"action\":\"replace\",\"target\":\"memory\",\"old_text\":\"make\",\"content\":\"Build with mvnw\","
                + "\"reason\":\"the project moved to Maven\"}");
        call("s3", "{\"action\":\"add\",\"target\":\"user\",\"content\":\"Likes tea\"}");
        call("s3", "{\"action\":\"add\",\"target\":\"user\",\"content\":\"Likes tea\"}"); // a no-op: not archived
        call("s4", "{\"action\":\"remove\",\"target\":\"user\",\"old_text\":\"tea\",\"reason\":\"said so\"}");
        List<Map<String, String>> rows = rows("SELECT session_id, scope, target, action, reason, entry, previous"
                + " FROM memory_archive ORDER BY id");
        assertEquals(List.of(
                Map.of("session_id", "s1", "scope", "global", "target", "memory", "action", "ADD",
                        "reason", "model: add", "entry", "Build with make", "previous", ""),
                Map.of("session_id", "s2", "scope", "global", "target", "memory", "action", "REPLACE",
                        "reason", "the project moved to Maven", "entry", "Build with mvnw", "previous", "Build with make"),
                Map.of("session_id", "s3", "scope", "cli", "target", "user", "action", "ADD",
                        "reason", "model: add", "entry", "Likes tea", "previous", ""),
                Map.of("session_id", "s4", "scope", "cli", "target", "user", "action", "REMOVE",
                        "reason", "said so", "entry", "Likes tea", "previous", "")), rows);
    }

    @Test
    void theArchiveRefusesUpdatesAndDeletes() throws Exception {
        call("s1", "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Keep me\"}");
        try (Db db = new Db(home.resolve("state.db"))) {
            SQLException update = assertThrows(SQLException.class,
                    () -> db.execute("UPDATE memory_archive SET entry = 'changed'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> db.execute("DELETE FROM memory_archive"));
            assertEquals("Keep me", db.rows("SELECT entry FROM memory_archive").get(0).get("entry"));
        }
        call("s2", "{\"action\":\"remove\",\"target\":\"memory\",\"old_text\":\"Keep\"}");
        assertEquals(2, rows("SELECT id FROM memory_archive").size(), "a removal adds a row, it never deletes one");
    }

    @Test
    void consolidationWritesTheFileAndAnAuditRowWithADiff() throws Exception {
        call("s1", "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Server runs Debian 12\"}");
        call("s1", "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Server has 4 cores\"}");
        call("s1", "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Old deploy script is deploy.sh\"}");
        memory.initialize(new dev.hermod.api.memory.MemoryContext("s9", "cli/local", "cli", "", null)); // a session starts by seeing the file
        ToolResult result = call("s9", "{\"action\":\"consolidate\",\"target\":\"memory\",\"reason\":\"merge server facts\","
                + "\"entries\":[\"Server: Debian 12, 4 cores\"]}");
        assertFalse(result.error(), result.content());
        assertTrue(result.content().startsWith("Consolidated MEMORY.md to 1 entries"), result.content());
        assertEquals("Server: Debian 12, 4 cores\n", Files.readString(home.resolve("memories/MEMORY.md")));

        Map<String, String> audit = rows("SELECT * FROM memory_archive WHERE action = 'CONSOLIDATE'").get(0);
        assertEquals("merge server facts", audit.get("reason"));
        assertEquals("s9", audit.get("session_id"));
        assertEquals("Server runs Debian 12\n§\nServer has 4 cores\n§\nOld deploy script is deploy.sh\n",
                audit.get("previous"));
        assertEquals("Server: Debian 12, 4 cores\n", audit.get("entry"));
        assertEquals("""
                --- a/MEMORY.md
                +++ b/MEMORY.md
                @@ -1,5 +1,1 @@
                -Server runs Debian 12
                -§
                -Server has 4 cores
                -§
                -Old deploy script is deploy.sh
                +Server: Debian 12, 4 cores
                """, audit.get("diff"));
        List<Map<String, String>> dropped = rows("SELECT entry, parent_id, reason FROM memory_archive"
                + " WHERE action = 'DROPPED' ORDER BY id");
        assertEquals(List.of("Server runs Debian 12", "Server has 4 cores", "Old deploy script is deploy.sh"),
                dropped.stream().map(r -> r.get("entry")).toList());
        assertTrue(dropped.stream().allMatch(r -> r.get("parent_id").equals(audit.get("id"))));
    }

    @Test
    void aConsolidationOverTheLimitIsRefusedAndArchived() throws Exception {
        call("s1", "{\"action\":\"add\",\"target\":\"user\",\"content\":\"Name is Ada\"}");
        memory.initialize(new dev.hermod.api.memory.MemoryContext("s2", "cli/local", "cli", "", null));
        ToolResult refused = call("s2", "{\"action\":\"consolidate\",\"target\":\"user\",\"entries\":[\""
                + "n".repeat(101) + "\"]}");
        assertTrue(refused.error());
        assertTrue(refused.content().contains("over its limit; nothing changed"), refused.content());
        assertEquals("Name is Ada\n", Files.readString(home.resolve("memories/USER.md")));
        Map<String, String> row = rows("SELECT * FROM memory_archive WHERE action = 'REFUSED_CONSOLIDATE'").get(0);
        assertEquals("n".repeat(101) + "\n", row.get("entry"));
        assertEquals("Name is Ada\n", row.get("previous"));
        assertTrue(row.get("diff").contains("+" + "n".repeat(101)), row.get("diff"));
        assertEquals(0, rows("SELECT id FROM memory_archive WHERE action = 'DROPPED'").size());
    }

    @Test
    void aWriteOverTheLimitIsRefusedButItsTextIsArchived() throws Exception {
        call("s1", "{\"action\":\"add\",\"target\":\"user\",\"content\":\"" + "y".repeat(90) + "\"}");
        ToolResult refused = call("s2", "{\"action\":\"add\",\"target\":\"user\",\"content\":\"Prefers short answers\"}");
        assertTrue(refused.error());
        assertTrue(refused.content().contains("consolidate"), refused.content());
        assertTrue(refused.content().contains("kept in the memory archive"), refused.content());
        assertEquals("y".repeat(90) + "\n", Files.readString(home.resolve("memories/USER.md")));
        assertEquals(List.of(Map.of("action", "REFUSED_ADD", "entry", "Prefers short answers", "session_id", "s2")),
                rows("SELECT action, entry, session_id FROM memory_archive WHERE action LIKE 'REFUSED%'"));
    }

    @Test
    void secretsAndInvalidEditsAreNotArchived() throws Exception {
        call("s1", "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"key sk-" + "a1".repeat(12) + "\"}");
        call("s1", "{\"action\":\"remove\",\"target\":\"memory\",\"old_text\":\"nothing like this\"}");
        call("s1", "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Keys live in the OPENAI_API_KEY variable\"}");
        assertEquals(List.of(Map.of("action", "ADD", "entry", "Keys live in the OPENAI_API_KEY variable")),
                rows("SELECT action, entry FROM memory_archive"));
    }

    @Test
    void aReasonThatHoldsASecretIsRefusedNeverArchivedNorEchoed() throws Exception {
        String token = "ghp_" + "a1B2c3D4e5".repeat(4);
        ToolResult refused = call("s1", "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"CI uses GitHub\","
                + "\"reason\":\"set up with token " + token + "\"}");
        assertTrue(refused.error());
        assertTrue(refused.content().contains("the reason looks like it contains a GitHub token"), refused.content());
        assertFalse(refused.content().contains(token));
        // a secret past the 500-character cut must not slip through in pieces
        ToolResult late = call("s1", "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"CI uses GitHub\","
                + "\"reason\":\"" + "r".repeat(480) + " token " + token + "\"}");
        assertTrue(late.error(), late.content());
        assertFalse(Files.exists(home.resolve("memories/MEMORY.md")));
        call("s1", "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"CI uses GitHub\","
                + "\"reason\":\"the token is in GITHUB_TOKEN\"}");
        assertEquals(List.of(Map.of("reason", "the token is in GITHUB_TOKEN")), rows("SELECT reason FROM memory_archive"));
    }

    @Test
    void healthSaysWhenAPinnedFileNearsItsLimit() {
        assertEquals(MemoryHealth.up(), memory.health());
        call("s1", "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"" + "m".repeat(172) + "\"}");
        MemoryHealth health = memory.health();
        assertEquals(MemoryHealth.State.DEGRADED, health.state());
        assertEquals("MEMORY.md at 86% of 200 chars: consolidate", health.detail());
        call("s1", "{\"action\":\"consolidate\",\"target\":\"memory\",\"entries\":[\"" + "m".repeat(20) + "\"]}");
        assertEquals(MemoryHealth.up(), memory.health());
    }

    @Test
    void theSchemaIsMigratedOnceAndSharedByStores() throws Exception {
        call("s1", "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"One\"}");
        BuiltinMemory other = new BuiltinMemory(home, new MemoryLimits(200, 100), true);
        try {
            new MemoryTool(other).execute("{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Two\"}",
                    new FakeToolContext("s2"));
        } finally {
            other.close();
        }
        assertEquals(List.of(Map.of("version", "1"), Map.of("version", "2"), Map.of("version", "3")),
                rows("SELECT version FROM memory_schema_version ORDER BY version"));
        assertEquals(2, rows("SELECT id FROM memory_archive").size());
        assertEquals("wal", rows("PRAGMA journal_mode").get(0).get("journal_mode"));
    }

    private ToolResult call(String session, String arguments) {
        return tool.execute(arguments, new FakeToolContext(session));
    }

    private List<Map<String, String>> rows(String sql) throws SQLException {
        try (Db db = new Db(home.resolve("state.db"))) {
            return db.rows(sql);
        }
    }
}
