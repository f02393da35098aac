package dev.hermod.memory.holographic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.memory.ProfileChange;
import dev.hermod.api.memory.ProfileFact;
import dev.hermod.api.tool.Tool;
import dev.hermod.api.tool.ToolResult;

/** Facts tagged with a profile aspect enrich the user profile and keep it in step. */
class ProfileLinkTest {

    @TempDir Path home;
    private HolographicMemory memory;
    private FakeUserProfiles profiles;
    private Tool store;
    private Tool feedback;
    private final FakeToolContext alice = new FakeToolContext("telegram", "alice");

    @BeforeEach
    void open() {
        memory = new HolographicMemory(MemorySettings.defaults(home.resolve("h.db")), Clock.systemUTC());
        profiles = new FakeUserProfiles();
        memory.setProfiles(profiles);
        store = memory.tools().get(0);
        feedback = memory.tools().get(1);
    }

    @AfterEach
    void close() {
        memory.close();
    }

    @Test
    void aTaggedFactJoinsTheProfileAndFollowsUpdatesAndRemoval() throws Exception {
        String added = ok(store, "{\"action\":\"add\",\"text\":\"Alice edits code in Helix\",\"aspect\":\"preference\","
                + "\"key\":\"editor\"}");
        assertTrue(added.endsWith("Profile: preference editor set from this fact."), added);
        assertEquals(List.of("editor=Alice edits code in Helix@holographic:fact#1"), facts());

        ok(store, "{\"action\":\"update\",\"fact_id\":1,\"text\":\"Alice edits code in Zed now\"}");
        assertEquals(List.of("editor=Alice edits code in Zed now@holographic:fact#2"), facts());

        ok(store, "{\"action\":\"remove\",\"fact_id\":2}");
        assertEquals(List.of(), facts());
        assertEquals(List.of(ProfileChange.Action.SET, ProfileChange.Action.SET, ProfileChange.Action.REMOVE),
                profiles.log.stream().map(ProfileChange::action).toList(), "every change went through the log");
        assertTrue(profiles.get("telegram", "bob").isEmpty(), "only the caller's profile changes");
    }

    @Test
    void aContradictionMovesTheKeyAndLostTrustRetractsIt() throws Exception {
        ok(store, "{\"action\":\"add\",\"text\":\"Alice wants long detailed answers\",\"aspect\":\"style\",\"key\":\"length\"}");
        ok(store, "{\"action\":\"contradict\",\"fact_id\":1,\"text\":\"Alice wants short answers\"}");
        assertEquals(List.of("length=Alice wants short answers@holographic:fact#2"), facts());

        ok(feedback, "{\"fact_id\":2,\"helpful\":false}");
        assertEquals(1, facts().size(), "0.4 is still above the threshold");
        ok(feedback, "{\"fact_id\":2,\"helpful\":false}");
        ok(feedback, "{\"fact_id\":2,\"helpful\":false}");
        assertEquals(List.of(), facts(), "a fact no longer recalled no longer frames answers");
    }

    @Test
    void keysSetBySomeoneElseAreNeverTouchedAndUntaggedFactsStayOut() throws Exception {
        ok(store, "{\"action\":\"add\",\"text\":\"Alice likes jazz\"}");
        assertEquals(List.of(), facts());
        ok(store, "{\"action\":\"add\",\"text\":\"Alice prefers vim\",\"aspect\":\"preference\",\"key\":\"editor\"}");
        profiles.put(new dev.hermod.api.memory.MemoryContext("s", "", "telegram", "alice", null),
                dev.hermod.api.memory.ProfileAspect.PREFERENCE, "editor", "emacs", "model", "she said so");
        ok(store, "{\"action\":\"remove\",\"fact_id\":2}");
        assertEquals(List.of("editor=emacs@model"), facts());
    }

    @Test
    void withoutProfilesTheFactIsStoredAndTheModelIsTold() throws Exception {
        memory.unsetProfiles(profiles);
        String added = ok(store, "{\"action\":\"add\",\"text\":\"Alice is a Go expert\",\"aspect\":\"expertise\",\"key\":\"go\"}");
        assertTrue(added.startsWith("Added [fact #1"), added);
        assertTrue(added.contains("the built-in memory, which keeps profiles, is not running"), added);
        assertTrue(error(store, "{\"action\":\"add\",\"text\":\"x y\",\"aspect\":\"expertise\"}").contains("aspect and key go together"));
        assertTrue(error(store, "{\"action\":\"add\",\"text\":\"x y\",\"aspect\":\"mood\",\"key\":\"k\"}").contains("Unknown aspect"));
    }

    private List<String> facts() {
        return profiles.get("telegram", "alice").facts().stream().map(ProfileLinkTest::line).toList();
    }

    private static String line(ProfileFact f) {
        return f.key() + "=" + f.value() + "@" + f.source();
    }

    private String ok(Tool tool, String arguments) throws Exception {
        ToolResult result = tool.execute(arguments, alice);
        assertFalse(result.error(), result.content());
        return result.content();
    }

    private String error(Tool tool, String arguments) throws Exception {
        ToolResult result = tool.execute(arguments, alice);
        assertTrue(result.error(), result.content());
        return result.content();
    }
}
