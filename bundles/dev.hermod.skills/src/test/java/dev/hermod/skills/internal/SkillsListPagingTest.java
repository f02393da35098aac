package dev.hermod.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.tool.ToolResult;

/** skills_list stays bounded however large the library grows. */
class SkillsListPagingTest {

    @TempDir Path temp;
    FolderSkillLibrary library;
    SkillsListTool list;

    @BeforeEach
    void open() throws IOException {
        Path user = temp.resolve("skills");
        for (int i = 0; i < 120; i++) {
            String name = String.format("task-%03d", i);
            String category = i < 100 ? "ops" : "writing";
            Fixtures.simple(user, category + "/" + name, name, (i == 42 ? "Rotate nginx logs" : "Routine job number " + i) + ".");
        }
        for (int i = 0; i < 25; i++) {
            Fixtures.skill(user, "broken-" + i, "no front matter");
        }
        library = new FolderSkillLibrary(TestSkillsConfig.defaults(), new SkillRoots(user, null, List.of()), false);
        list = new SkillsListTool(library);
    }

    @AfterEach
    void close() {
        library.deactivate();
    }

    private List<String> skillLines(String content) {
        return content.lines().filter(l -> l.startsWith("task-")).toList();
    }

    @Test
    void aLargeLibraryIsShownAPageAtATimeWithAHintToNarrowIt() {
        String first = list.execute("{}", null).content();

        assertTrue(first.startsWith("120 skills; showing 1-50. Load one with skill_view(name).\n"), first);
        assertEquals(50, skillLines(first).size());
        assertTrue(first.contains("\n70 more; narrow with category= or query=, or see the next 50 with offset=50. "
                + "Categories: ops (100), writing (20)\n"), first);
        assertTrue(first.contains("25 skills were skipped:") && first.endsWith("- and 5 more"), first);
        assertTrue(first.length() < 8_000, "bounded: " + first.length());

        String last = list.execute("{\"offset\":100,\"limit\":\"50\"}", null).content();
        assertTrue(last.startsWith("120 skills; showing 101-120."), last);
        assertEquals(List.of("task-100", "task-119"), List.of(skillLines(last).get(0).split(" ")[0],
                skillLines(last).get(19).split(" ")[0]));
        assertTrue(!last.contains(" more; narrow"), last);
    }

    @Test
    void categoryAndQueryNarrowTheList() {
        String writing = list.execute("{\"category\":\"writing\"}", null).content();
        assertTrue(writing.startsWith("20 skills in writing. Load one"), writing);
        assertEquals(20, skillLines(writing).size());

        String found = list.execute("{\"query\":\"NGINX rotate\"}", null).content();
        assertTrue(found.startsWith("1 skill matching 'NGINX rotate'. Load one"), found);
        assertEquals(List.of("task-042 — Rotate nginx logs. [ops]"), skillLines(found));

        ToolResult none = list.execute("{\"category\":\"ops\",\"query\":\"kubernetes\"}", null);
        assertTrue(none.error() && none.content().startsWith("no skills in ops matching 'kubernetes'; categories: ops (100)"),
                none.content());
    }

    @Test
    void limitIsCappedAndMustBeANumber() {
        assertEquals(120, skillLines(list.execute("{\"limit\":100000}", null).content()).size());
        String far = list.execute("{\"offset\":2147483647,\"limit\":200}", null).content();
        assertTrue(far.startsWith("120 skills; none from 1000001."), "an offset past the end shows nothing: " + far);
        assertEquals(1, skillLines(list.execute("{\"limit\":0}", null).content()).size(), "at least one");
        ToolResult bad = list.execute("{\"limit\":\"lots\"}", null);
        assertTrue(bad.error() && bad.content().contains("'limit' must be a whole number"), bad.content());
    }
}
