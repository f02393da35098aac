package dev.hermod.memory.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.memory.MemoryHealth;
import dev.hermod.api.memory.MemoryWrite;
import dev.hermod.api.tool.ToolResult;

class BuiltinMemoryTest {

    @TempDir Path home;
    private Path folder;
    private BuiltinMemory memory;
    private MemoryTool tool;

    @BeforeEach
    void start() {
        folder = home.resolve("memories");
        memory = new BuiltinMemory(home, new MemoryLimits(200, 100), true);
        tool = new MemoryTool(memory);
    }

    @Test
    void addWritesTheFileAndReportsTheFillLevel() throws Exception {
        ToolResult result = call("{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Server runs Debian 12\"}");
        assertFalse(result.error());
        assertEquals("Added to MEMORY.md (21/200 chars, 11%).", result.content());
        call("{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Deploy with make release\"}");
        assertEquals("Server runs Debian 12\n§\nDeploy with make release\n",
                Files.readString(folder.resolve("MEMORY.md"), StandardCharsets.UTF_8));
        assertFalse(Files.exists(folder.resolve("USER.md")));
    }

    @Test
    void replaceAndRemoveSayWhatChanged() {
        call("{\"action\":\"add\",\"target\":\"user\",\"content\":\"Name is Ada\"}");
        call("{\"action\":\"add\",\"target\":\"user\",\"content\":\"Prefers tea\"}");
        ToolResult replaced = call("{\"action\":\"replace\",\"target\":\"user\",\"old_text\":\"tea\",\"content\":\"Prefers green tea\"}");
        assertEquals("Replaced \"Prefers tea\" in USER.md (31/100 chars, 31%).", replaced.content());
        ToolResult removed = call("{\"action\":\"remove\",\"target\":\"user\",\"old_text\":\"Ada\"}");
        assertEquals("Removed \"Name is Ada\" from USER.md (17/100 chars, 17%).", removed.content());
        assertEquals(List.of("Prefers green tea"), new FileMemoryStore(folder).entries(MemoryTarget.USER, MemoryScope.LOCAL));
    }

    @Test
    void duplicateAddIsANoOpWithANote() {
        call("{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Uses JDK 25\"}");
        ToolResult again = call("{\"action\":\"add\",\"target\":\"memory\",\"content\":\"  Uses JDK 25 \"}");
        assertFalse(again.error());
        assertTrue(again.content().startsWith("That entry is already in MEMORY.md; nothing changed"), again.content());
        assertEquals(1, new FileMemoryStore(folder).entries(MemoryTarget.MEMORY, MemoryScope.LOCAL).size());
    }

    @Test
    void nearlyFullWarnsToConsolidate() {
        ToolResult result = call("{\"action\":\"add\",\"target\":\"user\",\"content\":\"" + "x".repeat(80) + "\"}");
        assertTrue(result.content().startsWith("Added to USER.md (80/100 chars, 80%)."), result.content());
        assertTrue(result.content().contains("Warning: USER.md is 80% full. Consolidate"), result.content());
        ToolResult small = call("{\"action\":\"add\",\"target\":\"memory\",\"content\":\"short\"}");
        assertFalse(small.content().contains("Warning"), small.content());
    }

    @Test
    void overTheLimitIsRefusedAndNothingIsWritten() throws Exception {
        call("{\"action\":\"add\",\"target\":\"user\",\"content\":\"" + "y".repeat(90) + "\"}");
        ToolResult refused = call("{\"action\":\"add\",\"target\":\"user\",\"content\":\"" + "z".repeat(20) + "\"}");
        assertTrue(refused.error());
        assertTrue(refused.content().contains("It is at 90/100 chars, 90%"), refused.content());
        assertEquals("y".repeat(90) + "\n", Files.readString(folder.resolve("USER.md")));
    }

    @Test
    void secretsAreRefusedWithoutBeingEchoed() {
        String key = "sk-or-v1-" + "0123456789abcdef".repeat(4);
        ToolResult refused = call("{\"action\":\"add\",\"target\":\"memory\",\"content\":\"OpenRouter key " + key + "\"}");
        assertTrue(refused.error());
        assertTrue(refused.content().contains("an API key"), refused.content());
        assertFalse(refused.content().contains(key));
        assertFalse(Files.exists(folder.resolve("MEMORY.md")));
    }

    @Test
    void snapshotStaysStableForTheSessionWhileTheToolWrites() {
        call("{\"action\":\"add\",\"target\":\"memory\",\"content\":\"First fact\"}");
        MemoryContext session = context("s1");
        memory.initialize(session);
        String before = memory.systemPromptBlock(session);
        assertEquals("MEMORY (agent notes) [10/200 chars]\nFirst fact", before);

        call("{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Second fact\"}");
        call("{\"action\":\"add\",\"target\":\"user\",\"content\":\"Likes brevity\"}");
        assertEquals(before, memory.systemPromptBlock(session), "the running session keeps its snapshot");
        assertEquals("MEMORY (agent notes) [24/200 chars]\nFirst fact\n§\nSecond fact\n\n"
                + "USER (about the user) [13/100 chars]\nLikes brevity", memory.systemPromptBlock(context("s2")));

        memory.sessionEnd(session, List.of());
        assertTrue(memory.systemPromptBlock(session).contains("Second fact"), "a resumed session snapshots anew");
    }

    @Test
    void emptyFilesGiveAnEmptyBlock() {
        assertEquals("", memory.systemPromptBlock(context("s")));
    }

    @Test
    void aChangeMadeOnDiskIsKept() throws Exception {
        call("{\"action\":\"add\",\"target\":\"memory\",\"content\":\"From the agent\"}");
        Path file = folder.resolve("MEMORY.md");
        Files.writeString(file, Files.readString(file) + "§\nAdded by hand in an editor\n");
        call("{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Later agent fact\"}");
        assertEquals(List.of("From the agent", "Added by hand in an editor", "Later agent fact"),
                new FileMemoryStore(folder).entries(MemoryTarget.MEMORY, MemoryScope.LOCAL));
    }

    @Test
    void theRuntimesMirrorHearsEachChangedEntryButNotNoOps() {
        List<MemoryWrite> heard = new ArrayList<>();
        memory.setMirror((context, write) -> heard.add(write));
        call("{\"action\":\"add\",\"target\":\"user\",\"content\":\"Name is Ada\"}");
        call("{\"action\":\"add\",\"target\":\"user\",\"content\":\"Name is Ada\"}");
        call("{\"action\":\"replace\",\"target\":\"user\",\"old_text\":\"Ada\",\"content\":\"Name is Ada L.\"}");
        assertEquals(List.of(new MemoryWrite(MemoryWrite.Action.ADD, "user", "Name is Ada", ""),
                new MemoryWrite(MemoryWrite.Action.REPLACE, "user", "Name is Ada L.", "Name is Ada")), heard);
        memory.unsetMirror(null);
        call("{\"action\":\"add\",\"target\":\"user\",\"content\":\"Likes tea\"}");
        assertEquals(3, heard.size(), "only the bound mirror hears: " + heard);
    }

    @Test
    void aConsolidationIsMirroredAsTheEntriesItDroppedAndAdded() {
        List<MemoryWrite> heard = new ArrayList<>();
        call("{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Server runs Debian 12\"}");
        call("{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Server has 4 cores\"}");
        call("{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Deploy with make\"}");
        memory.setMirror((context, write) -> {
            heard.add(write);
            if (heard.size() == 1) throw new IllegalStateException("a failing mirror must not stop the write");
        });

        ToolResult result = call("{\"action\":\"consolidate\",\"target\":\"memory\",\"entries\":"
                + "[\"Deploy with make\",\"Server: Debian 12, 4 cores\"]}");

        assertFalse(result.error(), result.content());
        assertEquals(List.of(new MemoryWrite(MemoryWrite.Action.REMOVE, "memory", "", "Server runs Debian 12"),
                new MemoryWrite(MemoryWrite.Action.REMOVE, "memory", "", "Server has 4 cores"),
                new MemoryWrite(MemoryWrite.Action.ADD, "memory", "Server: Debian 12, 4 cores", "")), heard);
        assertTrue(result.content().startsWith("Consolidated MEMORY.md to 2 entries: 1 kept as they were, 1 new or"
                + " rewritten, 2 dropped"), result.content());
        assertTrue(result.content().endsWith("Dropped (each kept in the archive, with the diff):\n"
                + "- Server runs Debian 12\n- Server has 4 cores"), result.content());
    }

    @Test
    void disabledMemoryIsEmptyRefusesWritesAndSaysWhy() {
        call("{\"action\":\"add\",\"target\":\"memory\",\"content\":\"A fact\"}");
        BuiltinMemory off = new BuiltinMemory(home, MemoryLimits.DEFAULTS, false);
        assertEquals("", off.systemPromptBlock(context("s")));
        assertEquals(MemoryHealth.State.DOWN, off.health().state());
        assertTrue(off.health().detail().contains("enabled=true"));
        assertTrue(new MemoryTool(off).execute("{\"action\":\"add\",\"target\":\"memory\",\"content\":\"x\"}",
                new FakeToolContext("s")).error());
        assertEquals("builtin", off.name());
        assertTrue(off.tools().isEmpty(), "the memory tool is a whiteboard service, not offered twice");
    }

    @Test
    void filesArePrivate() throws Exception {
        call("{\"action\":\"add\",\"target\":\"memory\",\"content\":\"A fact\"}");
        if (Files.getFileStore(home).supportsFileAttributeView("posix")) {
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(folder)));
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(folder.resolve("MEMORY.md"))));
        }
    }

    @Test
    void pinnedFilesReportTheirEntriesAndTheLimitsInForce() {
        assertFalse(memory.files("cli", "").get(1).exists(), "USER.md is not created yet");
        call("{\"action\":\"add\",\"target\":\"memory\",\"content\":\"The build uses Maven.\"}");

        var files = memory.files("cli", "");

        assertEquals(List.of("MEMORY.md", "USER.md"), files.stream().map(f -> f.name()).toList());
        assertEquals(List.of("The build uses Maven."), files.get(0).entries());
        assertEquals("21/200 chars (11%)", files.get(0).fill());
        assertTrue(files.get(0).exists());
        assertEquals(100, files.get(1).limit());
    }

    private ToolResult call(String arguments) {
        return tool.execute(arguments, new FakeToolContext("session-1"));
    }

    private static MemoryContext context(String sessionId) {
        return new MemoryContext(sessionId, "cli/local", "cli", "", null);
    }
}
