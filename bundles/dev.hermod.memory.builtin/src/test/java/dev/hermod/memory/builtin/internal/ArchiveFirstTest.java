package dev.hermod.memory.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.tool.ToolResult;

/** The archive row is durable before the file changes; a change the archive cannot hold is not made. */
class ArchiveFirstTest {

    @TempDir Path home;

    /** An archive whose inserts fail, as a full disk or a locked database would make them. */
    private static final class BrokenArchive implements MemoryArchive {
        @Override public void append(ArchiveRow row) { throw new IllegalStateException("database is locked"); }
        @Override public List<ArchiveMatch> search(String match, List<String> scopes, int limit) { return List.of(); }
        @Override public List<ArchiveMatch> about(Collection<String> texts, List<String> scopes) { return List.of(); }
    }

    @Test
    void anArchiveThatFailsLeavesTheFileUnchangedAndTheResultSaysWhy() throws Exception {
        Path folder = home.resolve("memories");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("MEMORY.md"), "Server runs Debian 12\n");
        MemoryWriter writer = new MemoryWriter(new FileMemoryStore(folder), new BrokenArchive(),
                MemoryLimits.DEFAULTS, new SessionViews(8), false);
        MemoryTool tool = new MemoryTool(writer::write);

        ToolResult result = tool.execute("{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Deploy with make\"}",
                new FakeToolContext("s1"));

        assertTrue(result.error(), result.content());
        assertEquals("Not saved: the memory archive could not record this change (database is locked), so MEMORY.md"
                + " was left unchanged: a change is made only once the archive holds it. Try again later; `hermod"
                + " doctor` shows the archive's state.", result.content());
        assertEquals("Server runs Debian 12\n", Files.readString(folder.resolve("MEMORY.md")));
        assertEquals("database is locked", writer.archiveProblem(), "health reports it until an archive write works");
    }

    @Test
    void theJournalRecordsBeforeTheFileIsWritten() throws Exception {
        Path path = home.resolve("MEMORY.md");
        Files.writeString(path, "old\n");
        List<String> onDiskWhenRecorded = new ArrayList<>();
        MemoryStore.Journal journal = new MemoryStore.Journal() {
            @Override public void record(List<String> before, EditOutcome outcome) {
                onDiskWhenRecorded.add(readQuietly(path));
            }
            @Override public void writeFailed(List<String> before, EditOutcome outcome, RuntimeException problem) {}
        };

        new MemoryFile(path).edit(entries -> EditOutcome.changed(List.of("old", "new"), ""), journal);

        assertEquals(List.of("old\n"), onDiskWhenRecorded);
        assertEquals("old\n§\nnew\n", Files.readString(path));
    }

    @Test
    void aFailedFileWriteIsRecordedAsARowThatReversesTheChange() throws Exception {
        try (StateDatabase database = new StateDatabase(home.resolve("state.db"), 5000)) {
            SqliteArchive archive = new SqliteArchive(database);
            List<String> health = new ArrayList<>();
            MemoryEdit edit = new MemoryEdit.Add("Deploy with make");
            ArchiveJournal journal = new ArchiveJournal(archive, MemoryTarget.MEMORY, MemoryScope.GLOBAL, edit,
                    "model: add", "s1", health::add);
            List<String> before = List.of("Server runs Debian 12");
            EditOutcome outcome = new EntryEditor(MemoryTarget.MEMORY, 2200).apply(before, edit);

            journal.record(before, outcome);
            journal.writeFailed(before, outcome, new UncheckedIOException(new java.io.IOException("No space left")));

            try (Db db = new Db(home.resolve("state.db"))) {
                List<Map<String, String>> rows = db.rows("SELECT action, entry, reason FROM memory_archive ORDER BY id");
                assertEquals(List.of("ADD", "REMOVE"), rows.stream().map(r -> r.get("action")).toList());
                assertEquals("Deploy with make", rows.get(1).get("entry"));
                assertTrue(rows.get(1).get("reason").startsWith("not applied: writing MEMORY.md failed ("),
                        rows.get(1).get("reason"));
            }
            assertTrue(journal.note().contains("both recorded in the memory archive"), journal.note());
            assertEquals(List.of(""), health);
        }
    }

    @Test
    void aJournalThatThrowsStopsTheWrite() throws Exception {
        Path path = home.resolve("MEMORY.md");
        MemoryStore.Journal refusing = new MemoryStore.Journal() {
            @Override public void record(List<String> before, EditOutcome outcome) {
                throw new IllegalStateException("no archive");
            }
            @Override public void writeFailed(List<String> before, EditOutcome outcome, RuntimeException problem) {}
        };
        assertThrows(IllegalStateException.class,
                () -> new MemoryFile(path).edit(entries -> EditOutcome.changed(List.of("new"), ""), refusing));
        assertFalse(Files.exists(path));
    }

    private static String readQuietly(Path path) {
        try {
            return Files.readString(path);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
