package dev.hermod.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.hermod.api.memory.ArchiveStatus;
import dev.hermod.api.memory.ArchivedChange;
import dev.hermod.api.memory.MemoryHealth;
import dev.hermod.api.memory.MemoryProvider;
import dev.hermod.api.memory.MemorySearchHit;
import dev.hermod.api.memory.PinnedFile;
import dev.hermod.api.memory.ProfileAspect;
import dev.hermod.api.memory.ProfileChange;
import dev.hermod.api.memory.ProfileFact;
import dev.hermod.api.memory.UserProfile;

/** The text of hermod:memory status, search, history and profile, and its argument parsing. */
class MemoryTextTest {
    static final Instant T = Instant.parse("2026-11-02T09:30:00Z");

    @Test
    void statusShowsWhatIsInUseTheArchiveRecallAndProblems() {
        MemoryProvider builtin = () -> "builtin";
        MemoryProvider holo = new MemoryProvider() {
            @Override public String name() { return "holographic"; }
            @Override public MemoryHealth health() { return MemoryHealth.down("cannot open holographic.db"); }
        };
        String text = MemoryView.status(List.of(new Registered<>(builtin, Map.of(), "dev.hermod.memory.builtin"),
                        new Registered<>(holo, Map.of(), "dev.hermod.memory.holographic")),
                List.of(new PinnedFile("MEMORY.md", List.of("a"), 1, 2200, true)), List.of("builtin", "holographic"),
                "holographic", new ArchiveStatus(1234, 5, "all-minilm-l6-v2", 900, 1000, ""),
                List.of("memory provider 'holographic' is DOWN: cannot open holographic.db"));
        assertTrue(text.contains("holographic  down    cannot open holographic.db"), text);
        assertTrue(text.contains("in use     builtin + holographic\n"), text);
        assertTrue(text.contains("configured built-in + holographic (memory_provider in etc/hermod.agent.cfg)\n"), text);
        assertTrue(text.contains("archive    1,234 changes of memory files, 5 profile changes\n"), text);
        assertTrue(text.contains("recall     FTS5 + embeddings (all-minilm-l6-v2), 900 of 1,000 texts embedded\n"), text);
        assertTrue(text.endsWith("  ✗ memory provider 'holographic' is DOWN: cannot open holographic.db\n"), text);

        String bare = MemoryView.status(List.of(), List.of(), null, "", null, List.of());
        assertTrue(bare.contains("in use     unknown: the agent runtime is not running"), bare);
        assertTrue(bare.contains("archive    unknown: the built-in memory is not running"), bare);
    }

    @Test
    void searchHitsAreNumberedWithWhereWhenAndWhat() {
        String text = MemoryText.hits(MemoryUser.LOCAL, "staging", List.of(
                new MemorySearchHit(MemorySearchHit.Source.ARCHIVE, "#12", T, "memory, 2026-11-02, removed", "Staging db on 6543"),
                new MemorySearchHit(MemorySearchHit.Source.SESSION, "20261101-090000-aaaaaa", T, "session x, user", "the staging box")));
        assertTrue(text.contains("1  archive #12  2026-11-02 09:30  memory, 2026-11-02, removed  Staging db on 6543"), text);
        assertTrue(text.contains("2  session      2026-11-02 09:30  20261101-090000-aaaaaa"), text);
        assertTrue(text.endsWith("(2 for cli (local user); `hermod:memory history #<id>` shows an entry's changes)\n"), text);
        assertEquals("nothing found for 'x' in the memory of telegram/42\n",
                MemoryText.hits(new MemoryUser("telegram", "42"), "x", List.of()));
    }

    @Test
    void historyShowsActionReasonSessionAndDiff() {
        String text = MemoryText.history(MemoryUser.LOCAL, "vim", List.of(
                new ArchivedChange(3, T, "s1", "user", "REPLACE", "switched editors", "helix", "vim", "-vim\n+helix\n")));
        assertEquals("#3  2026-11-02 09:30  REPLACE             USER.md  session s1\n    reason: switched editors\n"
                + "    -vim\n    +helix\n", text);
    }

    @Test
    void profileShowsFactsAndTheLatestChange() {
        UserProfile profile = new UserProfile("telegram", "42", List.of(
                new ProfileFact(ProfileAspect.PREFERENCE, "editor", "helix", "model", T)));
        String text = MemoryText.profile(new MemoryUser("telegram", "42"), profile, List.of(
                new ProfileChange(1, T, "s1", ProfileAspect.PREFERENCE, "editor", ProfileChange.Action.SET, "helix", "",
                        "model", "")));
        assertTrue(text.startsWith("profile of telegram/42\nASPECT      KEY     VALUE  SOURCE  UPDATED\n"), text);
        assertTrue(text.endsWith("1 changes logged; latest 2026-11-02 09:30: set preference editor by model\n"), text);
        assertEquals("no profile for cli (local user) yet\n", MemoryText.profile(MemoryUser.LOCAL,
                new UserProfile("cli", "", List.of()), List.of()));
    }

    @Test
    void usersAndTheUserOptionParse() {
        assertEquals(MemoryUser.LOCAL, MemoryUser.parse("cli"));
        assertEquals(new MemoryUser("telegram", "a/b"), MemoryUser.parse("telegram/a/b"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MemoryUser.parse("alice")).getMessage()
                .contains("<platform>/<user id>"));
        MemoryCommands.Scoped scoped = MemoryCommands.Scoped.of(new String[] {"--user", "discord/7", "db", "port"}, "x");
        assertEquals(new MemoryUser("discord", "7"), scoped.user());
        assertEquals(List.of("db", "port"), scoped.rest());
        assertEquals(new MemoryUser("irc", "bob"), MemoryCommands.Scoped.of(new String[] {"--user=irc/bob", "q"}, "x").user());
        assertEquals(MemoryUser.LOCAL, MemoryCommands.Scoped.of(new String[] {"q"}, "x").user());
        assertThrows(IllegalArgumentException.class, () -> MemoryCommands.Scoped.of(new String[] {"--user", "irc/bob"}, "x"));
    }
}
