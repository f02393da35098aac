package dev.hermod.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.tool.ToolResult;

class SkillToolsTest {

    @TempDir
    Path temp;
    FolderSkillLibrary library;
    SkillsListTool list;
    SkillViewTool view;
    Path userSkills;

    @BeforeEach
    void setUp() throws IOException {
        userSkills = temp.resolve("skills");
        Path folder = Fixtures.skill(userSkills, "writing/changelog", SkillParsingTest.HERMES_STYLE
                .replace("compose-stack-debug", "changelog")).getParent();
        Files.createDirectories(folder.resolve("references"));
        Files.writeString(folder.resolve("references/format.md"), "Keep a Changelog format.");
        Fixtures.skill(userSkills, "broken", "no front matter here");
        library = new FolderSkillLibrary(TestSkillsConfig.defaults(),
                new SkillRoots(userSkills, Path.of("../../skills"), List.of()), false);
        list = new SkillsListTool(library);
        view = new SkillViewTool(library);
    }

    @AfterEach
    void tearDown() {
        library.deactivate();
    }

    @Test
    void listShowsOneLinePerSkillAndTheProblems() {
        ToolResult result = list.execute("{}", null);
        String[] lines = result.content().split("\n");
        assertEquals("4 skills. Load one with skill_view(name).", lines[0]);
        assertTrue(lines[1].startsWith("systemd-service-debug — Work out why a systemd service will not start"), lines[1]);
        assertTrue(lines[1].endsWith("... [devops]"), lines[1]);
        assertTrue(result.content().contains("\nchangelog — Diagnose a docker compose stack whose containers exit or never "
                + "become healthy. [writing]\n"), result.content());
        assertTrue(result.content().endsWith("1 skill was skipped:\n- " + userSkills.resolve("broken/SKILL.md")
                + ": no front matter: SKILL.md must start with a '---' line, then YAML (name, description ...), then "
                + "another '---' line"), result.content());
    }

    @Test
    void listFiltersByCategory() {
        String content = list.execute("{\"category\":\"research\"}", null).content();
        assertTrue(content.startsWith("1 skill in research. Load one with skill_view(name).\n"
                + "summarise-long-document — "), content);
        ToolResult none = list.execute("{\"category\":\"cooking\"}", null);
        assertTrue(none.error());
        assertTrue(none.content().contains("devops (1), research (1), software-development (1), writing (1)"), none.content());
    }

    @Test
    void viewShowsTheWholeSkillFileAndItsSupportingFiles() throws IOException {
        ToolResult result = view.execute("{\"name\":\"changelog\"}", null);
        assertFalse(result.error());
        String raw = Files.readString(userSkills.resolve("writing/changelog/SKILL.md"));
        assertEquals(raw + "\n[Supporting files; view one with skill_view(name, file_path): references/format.md]",
                result.content());
    }

    @Test
    void viewShowsOneSupportingFileAndRefusesTraversal() {
        assertEquals("Keep a Changelog format.",
                view.execute("{\"name\":\"changelog\",\"file_path\":\"references/format.md\"}", null).content());
        ToolResult escape = view.execute("{\"name\":\"changelog\",\"file_path\":\"../../../etc/passwd\"}", null);
        assertTrue(escape.error());
        assertTrue(escape.content().startsWith("refused"), escape.content());
        ToolResult script = view.execute(
                "{\"name\":\"git-bisect-regression\",\"file_path\":\"scripts/probe-template.sh\"}", null);
        assertTrue(script.content().startsWith("#!/bin/sh"), script.content());
    }

    @Test
    void unknownSkillsGetSuggestions() {
        ToolResult result = view.execute("{\"name\":\"git-bisect\"}", null);
        assertTrue(result.error());
        assertTrue(result.content().contains("did you mean: git-bisect-regression?"), result.content());
        assertTrue(view.execute("{}", null).content().contains("missing required argument 'name'"));
    }

    @Test
    void skillsFromSourcesAreRenderedFromTheirFrontMatter() {
        library.addSource(FolderSkillLibraryTest.source("hub", FolderSkillLibraryTest.skill("remote", "From a hub.")));
        ToolResult result = view.execute("{\"name\":\"remote\"}", null);
        assertEquals("---\n{}\n---\n\nbody\n", result.content());
        assertTrue(result.untrusted(), "hub skills are untrusted");
    }
}
