package dev.hermod.memory.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.memory.ArchiveStatus;
import dev.hermod.api.memory.ArchivedChange;
import dev.hermod.api.memory.MemorySearchHit;
import dev.hermod.api.tool.ToolResult;

/** What operators see through MemoryArchiveView: search, the history of an entry, status. */
class ArchiveViewTest {

    @TempDir Path home;
    private BuiltinMemory memory;
    private MemoryTool tool;

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
    void historyFollowsAnEntryThroughReplacementsAndConsolidation() {
        call("s1", "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"CI runs on Jenkins\"}");
        call("s1", "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Releases are tagged vX.Y\"}");
        call("s2", "{\"action\":\"replace\",\"target\":\"memory\",\"old_text\":\"Jenkins\",\"content\":\"CI runs on"
                + " GitHub Actions\",\"reason\":\"migrated in March\"}");
        memory.initialize(new dev.hermod.api.memory.MemoryContext("s3", "cli/local", "cli", "", null)); // a session starts by seeing the file
        call("s3", "{\"action\":\"consolidate\",\"target\":\"memory\",\"entries\":[\"Releases are tagged vX.Y\"],"
                + "\"reason\":\"CI is documented in the repo\"}");

        List<ArchivedChange> changes = memory.history("cli", "", "Jenkins");
        assertEquals(List.of("ADD s1", "REPLACE s2", "CONSOLIDATE s3", "DROPPED s3"),
                changes.stream().map(c -> c.action() + " " + c.sessionId()).toList());
        assertEquals(changes, memory.history("cli", "", "CI runs on GitHub Actions"), "the same entry, later");
        assertEquals("migrated in March", changes.get(1).reason());
        assertEquals("--- a/MEMORY.md\n+++ b/MEMORY.md\n@@ -1,1 +1,1 @@\n-CI runs on Jenkins\n+CI runs on GitHub"
                + " Actions\n", changes.get(1).diff());
        assertTrue(changes.get(2).diff().contains("-CI runs on GitHub Actions"), changes.get(2).diff());
        assertEquals("--- a/MEMORY.md\n+++ b/MEMORY.md\n@@ -1,1 +0,0 @@\n-CI runs on GitHub Actions\n",
                changes.get(3).diff());

        long consolidation = changes.get(2).id();
        assertEquals(List.of("CONSOLIDATE", "DROPPED"), memory.history("cli", "", "#" + consolidation).stream()
                .map(ArchivedChange::action).toList(), "by id: the consolidation and what it dropped");
        assertEquals(changes, memory.history("cli", "", String.valueOf(changes.get(0).id())));
    }

    @Test
    void anAmbiguousPieceListsTheEntriesAndAnUnknownOneFindsNothing() {
        call("s1", "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Staging db is on port 6543\"}");
        call("s1", "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Production db is on port 5432\"}");
        IllegalArgumentException several = assertThrows(IllegalArgumentException.class,
                () -> memory.history("cli", "", "db is"));
        assertTrue(several.getMessage().contains("- Staging db is on port 6543")
                && several.getMessage().contains("- Production db"), several.getMessage());
        assertTrue(memory.history("cli", "", "nothing like this").isEmpty());
        assertTrue(memory.history("cli", "", "#999").isEmpty());
    }

    @Test
    void searchFindsPinnedAndArchivedEntriesAndPastSessions() throws Exception {
        call("s1", "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"The kumquat tree is watered on Sundays\"}");
        call("s1", "{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Old kumquat pot was cracked\"}");
        call("s2", "{\"action\":\"remove\",\"target\":\"memory\",\"old_text\":\"cracked\"}");
        try (Db db = new Db(home.resolve("state.db"))) {
            SessionTables tables = new SessionTables(db);
            tables.session("20261101-090000-aaaaaa", "cli/local", "cli", "");
            tables.message("20261101-090000-aaaaaa", "user", "Should I repot the kumquat?");
        }
        List<MemorySearchHit> hits = memory.search("cli", "", "kumquat", 10);
        assertEquals(3, hits.size(), hits.toString());
        assertTrue(hits.stream().anyMatch(h -> h.label().endsWith(", pinned") && h.text().contains("watered")), hits.toString());
        assertTrue(hits.stream().anyMatch(h -> h.label().endsWith(", removed") && h.text().contains("cracked")), hits.toString());
        assertTrue(hits.stream().anyMatch(h -> h.source() == MemorySearchHit.Source.SESSION
                && h.reference().equals("20261101-090000-aaaaaa")), hits.toString());
        assertEquals(1, memory.search("cli", "", "kumquat", 1).size());
        assertTrue(memory.search("cli", "", "the", 10).isEmpty());

        ArchiveStatus status = memory.status();
        assertEquals(3, status.changes());
        assertEquals("FTS5", status.recall());
    }

    private void call(String session, String arguments) {
        ToolResult result = tool.execute(arguments, new FakeToolContext(session));
        assertFalse(result.error(), result.content());
    }
}
