package dev.hermod.memory.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.tool.ToolResult;

/** A consolidation is built from the session's view of the file; what it never saw must not be dropped. */
class StaleConsolidationTest {

    private static final String CONSOLIDATE = "{\"action\":\"consolidate\",\"target\":\"memory\","
            + "\"entries\":[\"Server: Debian 12, 4 cores\"]}";

    @TempDir Path home;
    private BuiltinMemory memory;
    private MemoryTool tool;

    @BeforeEach
    void start() {
        memory = new BuiltinMemory(home, new MemoryLimits(500, 100), true);
        tool = new MemoryTool(memory);
        call("setup", "add", "Server runs Debian 12");
        call("setup", "add", "Server has 4 cores");
    }

    @AfterEach
    void stop() {
        memory.close();
    }

    @Test
    void anEntryAnotherSessionAddedSurvivesAConsolidationFromAnOldSnapshot() throws Exception {
        memory.initialize(context("old"));
        memory.initialize(context("other"));
        call("other", "add", "Backups run at 02:00 to the NAS");

        ToolResult refused = tool.execute(CONSOLIDATE, new FakeToolContext("old"));

        assertTrue(refused.error(), refused.content());
        assertTrue(refused.content().startsWith("Not consolidated: MEMORY.md changed since you last saw it. Your list"
                + " leaves out this entry, written by another session or by hand, which you have not seen:\n"
                + "- Backups run at 02:00 to the NAS\nNothing changed."), refused.content());
        assertTrue(refused.content().endsWith("MEMORY.md now holds, in full:\n- Server runs Debian 12\n"
                + "- Server has 4 cores\n- Backups run at 02:00 to the NAS"), refused.content());
        assertEquals(List.of("Server runs Debian 12", "Server has 4 cores", "Backups run at 02:00 to the NAS"),
                entries(), "the other session's add survives");
        assertEquals(0, archived("SELECT id FROM memory_archive WHERE action LIKE '%CONSOLIDATE'"));

        ToolResult retried = tool.execute("{\"action\":\"consolidate\",\"target\":\"memory\",\"entries\":"
                + "[\"Server: Debian 12, 4 cores\",\"Backups run at 02:00 to the NAS\"]}", new FakeToolContext("old"));
        assertFalse(retried.error(), retried.content());
        assertEquals(List.of("Server: Debian 12, 4 cores", "Backups run at 02:00 to the NAS"), entries());
        assertTrue(retried.content().endsWith("Dropped (each kept in the archive, with the diff):\n"
                + "- Server runs Debian 12\n- Server has 4 cores"), retried.content());
    }

    @Test
    void onceShownInFullAnUnseenEntryMayBeDroppedOnPurpose() {
        memory.initialize(context("old"));
        call("other", "add", "Backups run at 02:00 to the NAS");
        assertTrue(tool.execute(CONSOLIDATE, new FakeToolContext("old")).error());

        ToolResult dropped = tool.execute(CONSOLIDATE, new FakeToolContext("old"));

        assertFalse(dropped.error(), dropped.content());
        assertEquals(List.of("Server: Debian 12, 4 cores"), entries());
        assertTrue(dropped.content().contains("- Backups run at 02:00 to the NAS"), dropped.content());
    }

    @Test
    void theSessionsOwnWritesAndAHandEditItCannotHaveSeen() throws Exception {
        memory.initialize(context("s"));
        call("s", "add", "Deploy with make");
        assertFalse(tool.execute("{\"action\":\"consolidate\",\"target\":\"memory\",\"entries\":[\"Server: Debian 12,"
                + " 4 cores\",\"Deploy with make\"]}", new FakeToolContext("s")).error(), "its own add was seen");

        java.nio.file.Files.writeString(home.resolve("memories/MEMORY.md"), "Server: Debian 12, 4 cores\n§\n"
                + "Deploy with make\n§\nAdded by hand\n");
        ToolResult refused = tool.execute("{\"action\":\"consolidate\",\"target\":\"memory\",\"entries\":"
                + "[\"Deploy with make\"]}", new FakeToolContext("s"));
        assertTrue(refused.error());
        assertTrue(refused.content().contains("which you have not seen:\n- Added by hand\n"), refused.content());
        assertEquals(3, entries().size());
    }

    @Test
    void aSessionThatNeverSawTheFileIsShownItFirst() {
        ToolResult refused = tool.execute(CONSOLIDATE, new FakeToolContext("fresh"));
        assertTrue(refused.error());
        assertTrue(refused.content().contains("leaves out these 2 entries"), refused.content());
        assertEquals(2, entries().size());
        memory.sessionEnd(context("fresh"), List.of());
    }

    private void call(String session, String action, String content) {
        ToolResult r = tool.execute("{\"action\":\"" + action + "\",\"target\":\"memory\",\"content\":\"" + content
                + "\"}", new FakeToolContext(session));
        assertFalse(r.error(), r.content());
    }

    private List<String> entries() {
        return new FileMemoryStore(home.resolve("memories")).entries(MemoryTarget.MEMORY, MemoryScope.LOCAL);
    }

    private int archived(String sql) throws SQLException {
        try (Db db = new Db(home.resolve("state.db"))) {
            return db.rows(sql).size();
        }
    }

    private static MemoryContext context(String session) {
        return new MemoryContext(session, "cli/local", "cli", "", null);
    }
}
