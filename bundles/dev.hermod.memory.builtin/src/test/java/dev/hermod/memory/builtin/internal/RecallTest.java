package dev.hermod.memory.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.tool.ToolResult;

class RecallTest {

    private static final String STAGING = "The staging database listens on port 6543 behind pgbouncer";
    private static final String PINNED = "Production database lives on db1.internal";

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
    void findsAFactConsolidatedAwayManySessionsAgoButNotPinnedOnes() throws Exception {
        add("s01", STAGING);
        add("s01", PINNED);
        for (int i = 2; i <= 30; i++) add("s" + i, "Fact " + i + ": the build of module " + i + " takes " + i + " minutes");
        List<String> kept = new FileMemoryStore(home.resolve("memories")).entries(MemoryTarget.MEMORY, MemoryScope.LOCAL)
                .stream().filter(e -> !e.equals(STAGING)).toList();
        String entries = new ObjectMapper().writeValueAsString(kept);
        memory.initialize(context("s31")); // a session starts by seeing the file
        assertFalse(tool.execute("{\"action\":\"consolidate\",\"target\":\"memory\",\"reason\":\"staging is gone\","
                + "\"entries\":" + entries + "}", new FakeToolContext("s31")).error());
        for (int i = 32; i <= 40; i++) add("s" + i, "Fact " + i + ": lint rule " + i + " is disabled");

        String recalled = memory.prefetch(context("s41"), "Which port does the staging database use?", 50);
        assertTrue(recalled.startsWith("- [memory, " + LocalDate.now(ZoneOffset.UTC) + ", removed in consolidation] "
                + STAGING), recalled);
        assertFalse(recalled.contains("db1.internal"), "pinned entries are in the prompt already: " + recalled);
        assertTrue(recalled.length() <= 200, "within 50 tokens: " + recalled.length());
    }

    @Test
    void replacedAndRefusedTextsAreRecalledWithWhatBecameOfThem() {
        write("s1", "user", "Editor of choice is vim");
        tool.execute("{\"action\":\"replace\",\"target\":\"user\",\"old_text\":\"vim\",\"content\":\"Editor of choice is"
                + " helix\"}", new FakeToolContext("s2"));
        assertEquals("- [user, " + LocalDate.now(ZoneOffset.UTC) + ", replaced] Editor of choice is vim",
                memory.prefetch(context("s3"), "which editor?", 200), "the pinned helix entry is left out");
        add("s4", "x".repeat(2190));
        assertTrue(write("s5", "memory", "The office wifi is called hermod-guest").error());
        assertTrue(memory.prefetch(context("s6"), "office wifi", 200).contains("refused: file was full] The office wifi"),
                memory.prefetch(context("s6"), "office wifi", 200));
    }

    @Test
    void inALongHistoryWordsFoundEverywhereAreNotSearchedRareOnesAre() throws Exception {
        try (Db db = new Db(home.resolve("state.db"))) {
            SessionTables tables = new SessionTables(db);
            tables.session("20261101-090000-aaaaaa", "cli/local", "cli", "");
            for (int i = 0; i < 1_200; i++) tables.message("20261101-090000-aaaaaa", "user", "hello again, number " + i);
            tables.message("20261101-090000-aaaaaa", "user", "hello, the kumquat tree needs water on Sundays");
        }

        String rare = memory.prefetch(context("20261125-100000-bbbbbb"), "hello, what about the kumquat?", 2000);
        String common = memory.prefetch(context("20261125-100000-bbbbbb"), "hello hello", 2000);

        assertTrue(rare.contains("kumquat tree needs water"), rare);
        assertEquals("", common, "a word in nearly every message tells nothing and is not searched");
    }

    @Test
    void findsPastSessionMessagesOfTheSameUserOnly() throws Exception {
        try (Db db = new Db(home.resolve("state.db"))) {
            SessionTables tables = new SessionTables(db);
            tables.session("20261101-090000-aaaaaa", "cli/local", "cli", "");
            tables.session("20261125-100000-bbbbbb", "cli/local", "cli", "");
            tables.session("20261101-090000-cccccc", "telegram/42/alice", "telegram", "alice");
            tables.message("20261101-090000-aaaaaa", "user", "My cat is called Marmalade and she hates the vacuum");
            tables.message("20261101-090000-aaaaaa", "tool", "Marmalade tool output must not show");
            tables.message("20261125-100000-bbbbbb", "user", "Marmalade again, in the current session");
            tables.message("20261101-090000-cccccc", "user", "Alice's dog Marmalade is a secret to others");
        }
        String cli = memory.prefetch(context("20261125-100000-bbbbbb"), "what is my cat Marmalade like?", 2000);
        assertEquals("- [session 20261101-090000-aaaaaa, user] My cat is called Marmalade and she hates the vacuum", cli);
        String alice = memory.prefetch(new MemoryContext("20261126-000000-dddddd", "telegram/42/alice", "telegram",
                "alice", null), "Marmalade", 2000);
        assertEquals("- [session 20261101-090000-cccccc, user] Alice's dog Marmalade is a secret to others", alice);
    }

    @Test
    void nothingMatchingGivesAnEmptyString() {
        assertEquals("", memory.prefetch(context("s1"), "anything at all", 2000), "no database yet");
        add("s1", "Deploys happen on Fridays");
        memory.close();
        memory = new BuiltinMemory(home, MemoryLimits.DEFAULTS, true);
        assertEquals("", memory.prefetch(context("s2"), "what is the weather in Paris", 2000));
        assertEquals("", memory.prefetch(context("s2"), "\" AND ( * ^ :", 2000));
        assertEquals("", memory.prefetch(context("s2"), "the what is", 2000));
    }

    private void add(String session, String content) {
        ToolResult result = write(session, "memory", content);
        assertFalse(result.error(), result.content());
    }

    private ToolResult write(String session, String target, String content) {
        return tool.execute("{\"action\":\"add\",\"target\":\"" + target + "\",\"content\":\"" + content + "\"}",
                new FakeToolContext(session));
    }

    private static MemoryContext context(String sessionId) {
        return new MemoryContext(sessionId, "cli/local", "cli", "", null);
    }
}
