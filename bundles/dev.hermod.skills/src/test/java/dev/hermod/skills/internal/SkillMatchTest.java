package dev.hermod.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.skill.Skill;

class SkillMatchTest {

    @TempDir
    Path temp;
    FolderSkillLibrary library;

    @BeforeEach
    void setUp() {
        library = new FolderSkillLibrary(TestSkillsConfig.defaults(),
                new SkillRoots(temp.resolve("skills"), Path.of("../../skills"), List.of()), false);
    }

    @AfterEach
    void tearDown() {
        library.deactivate();
    }

    private String best(String task) {
        List<Skill> matches = library.match(task, 1500);
        return matches.isEmpty() ? "<none>" : matches.get(0).name();
    }

    @Test
    void tasksFindTheirSkill() {
        assertEquals("systemd-service-debug", best("nginx.service failed to start after the upgrade, check systemctl"));
        assertEquals("git-bisect-regression", best("Which commit broke the login test? It used to pass last week."));
        assertEquals("summarise-long-document", best("Summarize this 80 page report into key points"));
        assertEquals("git-bisect-regression", best("debugging a regression"));
    }

    @Test
    void unrelatedTasksMatchNothing() {
        assertEquals(List.of(), library.match("bake a chocolate cake for the weekend", 1500));
        assertEquals(List.of(), library.match("", 1500));
    }

    @Test
    void matchFollowsTheLibraryWhenItChanges() throws Exception {
        String task = "rotate the grafana api tokens";
        assertEquals(List.of(), library.match(task, 1500));
        Path file = Fixtures.skill(temp.resolve("skills"), "grafana-token-rotation", Fixtures.simple(
                "grafana-token-rotation", "Rotate Grafana API tokens before they expire.", "triggers: [grafana token]\n"));
        library.reload();
        assertEquals("grafana-token-rotation", best(task));
        java.nio.file.Files.delete(file);
        library.reload();
        assertEquals(List.of(), library.match(task, 1500));
    }

    @Test
    void stemmingJoinsWordForms() {
        assertEquals(Terms.stem("debug"), Terms.stem("debugging"));
        assertEquals(Terms.stem("service"), Terms.stem("services"));
        assertEquals(Terms.stem("regression"), Terms.stem("regressions"));
        assertEquals(Terms.stem("fail"), Terms.stem("failed"));
        assertEquals(Terms.stem("summarise"), Terms.stem("summarising"));
        assertTrue(Terms.of("the and of to").isEmpty());
    }

    @Test
    void theTokenBudgetCutsTheList() {
        String task = "debug systemd service regression commit and summarise document";
        List<Skill> all = library.match(task, 100_000);
        assertEquals(3, all.size());
        int first = TokenBudget.tokens(all.get(0));
        int second = TokenBudget.tokens(all.get(1));
        assertEquals(all.subList(0, 1), library.match(task, first));
        assertEquals(all.subList(0, 1), library.match(task, first + second - 1));
        assertEquals(all.subList(0, 2), library.match(task, first + second));
        assertEquals(List.of(), library.match(task, first - 1));
        assertEquals(all, library.match(task, 0), "no budget means the configured 1500 tokens");
    }
}
