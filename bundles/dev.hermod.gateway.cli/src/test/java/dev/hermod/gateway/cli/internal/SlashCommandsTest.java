package dev.hermod.gateway.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.memory.ArchiveStatus;
import dev.hermod.api.memory.ArchivedChange;
import dev.hermod.api.memory.MemoryArchiveView;
import dev.hermod.api.memory.MemorySearchHit;
import dev.hermod.api.skill.Skill;
import dev.hermod.api.skill.SkillLibrary;
import dev.hermod.api.tool.ToolSpec;

class SlashCommandsTest {
    @TempDir Path home;
    final FakeRuntime runtime = new FakeRuntime();
    SkillLibrary library;

    private Consoles4Test chat(String input) throws Exception {
        Consoles4Test io = new Consoles4Test(input, false, false);
        new ChatCommand(runtime, () -> library, Consoles4Test.settings(home), io.console).run(ChatArgs.parse());
        return io;
    }

    @Test
    void helpListsEveryCommand() throws Exception {
        String out = chat("/help\n").out();
        for (String c : List.of("/help", "/new", "/tools", "/skills [name]", "/memory [words]", "/model [name]", "/good [comment]", "/bad [what went wrong]", "/quit", "/<skill> [instructions]")) {
            assertTrue(out.contains(c), c);
        }
    }

    @Test
    void unknownCommandPointsToHelpAndRunsNoTurn() throws Exception {
        Consoles4Test io = chat("/frobnicate\n");
        assertTrue(io.err().contains("unknown command /frobnicate; /help lists the commands"));
        assertTrue(runtime.conversations.get(0).sent.isEmpty());
    }

    @Test
    void doubleSlashSendsTextStartingWithASlash() throws Exception {
        chat("//etc/hosts is what?\n");
        assertEquals(List.of("/etc/hosts is what?"), runtime.conversations.get(0).sent);
    }

    @Test
    void quitStopsBeforeLaterLines() throws Exception {
        chat("one\n/quit\ntwo\n");
        assertEquals(List.of("one"), runtime.conversations.get(0).sent);
    }

    @Test
    void newClosesTheSessionAndOpensAnother() throws Exception {
        Consoles4Test io = chat("/new\nhello\n");
        assertEquals(2, runtime.conversations.size());
        assertTrue(runtime.conversations.get(0).closed);
        assertEquals(List.of("hello"), runtime.conversations.get(1).sent);
        assertTrue(io.out().contains("new session: s2"), io.out());
    }

    @Test
    void toolsAreGroupedByToolset() throws Exception {
        runtime.tools = List.of(
                new ToolSpec("write_file", "Write a file.", null, "file", false, ToolSpec.Approval.NEVER),
                new ToolSpec("terminal", "Run a shell command.", null, "terminal", false, ToolSpec.Approval.POLICY),
                new ToolSpec("read_file", "Read a file.", null, "file", true, ToolSpec.Approval.NEVER));
        String out = chat("/tools\n").out();
        assertTrue(out.startsWith("3 tools in 2 toolsets\nfile\n  read_file "), out);
        assertTrue(out.indexOf("read_file") < out.indexOf("write_file"));
        assertTrue(out.contains("terminal\n  terminal "), out);
        assertTrue(out.contains("approval: risky"));
    }

    @Test
    void skillsSayWhenNoneAreInstalledAndListThemOtherwise() throws Exception {
        assertTrue(chat("/skills\n").out().contains("no skills installed"));
        Skill deploy = new Skill("deploy-app", "Deploy the app to staging.", "devops", "1.0", List.of("deploy"),
                Skill.Provenance.USER, "", Map.of(), null, List.of());
        library = new OneSkill(deploy);
        assertTrue(chat("/skills\n").out().contains("deploy-app  Deploy the app to staging."));
        assertTrue(chat("/skills deploy-app\n").out().contains("triggers: deploy"));
        assertTrue(chat("/skills nope\n").err().contains("no skill named nope"));
    }

    @Test
    void aSkillNameAsCommandRunsATurnWithTheLineAsTyped() throws Exception {
        Skill bisect = new Skill("git-bisect", "Find the commit that broke a test.", "dev", "1", List.of(),
                Skill.Provenance.BUNDLED, "1. Mark good and bad.\n2. Run the probe.", Map.of(), null, List.of());
        library = new OneSkill(bisect);

        String err = chat("/git-bisect test_login broke since v1.2\n/help\n/git-bisector x\n").err();

        List<String> sent = runtime.conversations.get(0).sent;
        assertEquals(List.of("/git-bisect test_login broke since v1.2"), sent,
                "the skill ran one turn, sent as typed (the runtime expands it); /help stayed a command");
        assertTrue(err.contains("/git-bisector"), "an unknown name is an unknown command, not a turn: " + err);
    }

    @Test
    void memoryShowsContentsAndFillLevels() throws Exception {
        Files.createDirectories(home.resolve("memories"));
        Files.writeString(home.resolve("memories/MEMORY.md"), "The build uses Maven.\n"); // 21 chars of 100
        String out = chat("/memory\n").out();
        assertTrue(out.contains("MEMORY.md  21/100 chars (21%)\n  The build uses Maven."), out);
        assertTrue(out.contains("USER.md  0/50 chars (0%)\n  (not created yet)"), out);
    }

    @Test
    void memoryWithWordsSearchesTheLocalUsersMemory() throws Exception {
        List<String> asked = new java.util.ArrayList<>();
        MemoryArchiveView archive = new MemoryArchiveView() {
            @Override public List<MemorySearchHit> search(String platform, String userId, String query, int limit) {
                asked.add(platform + "|" + userId + "|" + query);
                return List.of(new MemorySearchHit(MemorySearchHit.Source.ARCHIVE, "#4", java.time.Instant.EPOCH,
                        "memory, 2026-11-02, removed", "Staging db listens on 6543"));
            }
            @Override public List<ArchivedChange> history(String platform, String userId, String entry) { return List.of(); }
            @Override public ArchiveStatus status() { return new ArchiveStatus(0, 0, "", 0, 0, ""); }
        };
        Consoles4Test io = new Consoles4Test("/memory staging db\n", false, false);
        new ChatCommand(runtime, () -> library, Consoles4Test.settings(home, archive), io.console).run(ChatArgs.parse());
        assertEquals(List.of("cli||staging db"), asked);
        assertTrue(io.out().contains("- [memory, 2026-11-02, removed] Staging db listens on 6543\n"), io.out());
        assertTrue(chat("/memory staging\n").out().contains("the built-in memory is not running"));
    }

    @Test
    void modelShowsTheCurrentOneAndSwitchesToANewSession() throws Exception {
        runtime.models.add("fast");
        Consoles4Test io = chat("/model\n/model fast\n");
        assertTrue(io.out().contains("model: default  (available: default, fast)"), io.out());
        assertEquals("fast", runtime.opened.get(1).model());
        assertTrue(runtime.conversations.get(0).closed);
        assertTrue(io.out().contains("new session with model fast"));
    }

    @Test
    void goodAndBadGoToTheConversationAsFeedbackNotAsTurns() throws Exception {
        Consoles4Test io = chat("/good\n/bad the port was wrong\n");
        assertEquals(List.of("good:", "bad:the port was wrong"), runtime.conversations.get(0).feedback);
        assertTrue(runtime.conversations.get(0).sent.isEmpty());
        assertTrue(io.out().contains("noted, thank you"), io.out());
    }

    @Test
    void aFailedSwitchKeepsTheCurrentSession() throws Exception {
        runtime.refusedModel = "broken";
        Consoles4Test io = chat("/model broken\nstill here\n");
        assertTrue(io.err().contains("cannot start a new session: no provider named broken"), io.err());
        assertEquals(1, runtime.conversations.size());
        assertEquals(List.of("still here"), runtime.conversations.get(0).sent);
    }

    private record OneSkill(Skill skill) implements SkillLibrary {
        @Override public List<Skill> list() { return List.of(skill); }
        @Override public Optional<Skill> get(String name) { return skill.name().equals(name) ? Optional.of(skill) : Optional.empty(); }
        @Override public List<Skill> match(String task, int tokenBudget) { return List.of(skill); }
        @Override public String readFile(String skill, String path) { throw new IllegalArgumentException(); }
    }
}
