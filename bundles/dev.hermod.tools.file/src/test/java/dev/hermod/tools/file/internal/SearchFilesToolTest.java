package dev.hermod.tools.file.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.tool.ToolResult;

class SearchFilesToolTest {

    @TempDir
    Path temp;
    Sandbox box;
    SearchFilesTool tool;

    @BeforeEach
    void setUp() throws IOException {
        box = new Sandbox(temp);
        tool = new SearchFilesTool(box.policy());
        Path p = box.project;
        box.write(p.resolve("src/App.java"), "class App {\n  // TODO fix\n  int x;\n}\n");
        box.write(p.resolve("src/util/Strings.java"), "// TODO later\nclass Strings {}\n");
        box.write(p.resolve("README.md"), "Project\nTODO: docs\n");
        box.write(p.resolve(".git/config"), "TODO in git");
        box.write(p.resolve("node_modules/lib/index.js"), "TODO");
        box.write(p.resolve("target/classes/App.txt"), "TODO");
        box.write(p.resolve(".env"), "TODO=secret");
        Files.write(p.resolve("logo.png"), new byte[] {'T', 'O', 'D', 'O', 0, 1});
    }

    private String search(String json) {
        ToolResult result = tool.execute(json, box.context);
        assertFalse(result.error(), result.content());
        return result.content();
    }

    @Test
    void contentSearchSkipsToolFoldersBinariesAndSecrets() {
        assertEquals("""
                README.md:2: TODO: docs
                src/App.java:2:   // TODO fix
                src/util/Strings.java:1: // TODO later
                [3 matches in 3 files; 3 files searched]
                [1 protected files or folders left out (credential files, Hermod's own files, denied_paths)]""",
                search("{\"pattern\":\"TODO\"}"));
    }

    @Test
    void fileGlobNarrowsTheFiles() {
        String content = search("{\"pattern\":\"TODO\",\"file_glob\":\"*.java\"}");
        assertTrue(content.startsWith("src/App.java:2:   // TODO fix\nsrc/util/Strings.java:1: // TODO later\n"
                + "[2 matches in 2 files"), content);
    }

    @Test
    void contextLinesAreMarkedWithDashes() {
        assertEquals("""
                src/App.java-2-   // TODO fix
                src/App.java:3:   int x;
                src/App.java-4- }
                [1 match in 1 file; 2 files searched]""",
                search("{\"pattern\":\"int \\\\w+;\",\"context\":1,\"path\":\"src\"}"));
    }

    @Test
    void fileNameSearchUsesGlobs() {
        assertEquals("src/App.java\nsrc/util/Strings.java\n[2 files]", search("{\"pattern\":\"*.java\",\"target\":\"files\"}"));
        assertEquals("src/util/Strings.java\n[1 file]",
                search("{\"pattern\":\"src/util/*.java\",\"target\":\"files\"}"));
        assertTrue(search("{\"pattern\":\"readme\",\"target\":\"files\"}").startsWith("README.md\n[1 file]"));
    }

    @Test
    void limitStopsTheSearchAndSaysSo() {
        String content = search("{\"pattern\":\"TODO\",\"limit\":2}");
        assertEquals(2, content.lines().filter(l -> l.contains(": ")).filter(l -> !l.startsWith("[")).count(), content);
        assertTrue(content.contains("stopped at the limit of 2 matches"), content);
    }

    @Test
    void symlinkToASecretIsLeftOut() throws IOException {
        Path secret = box.write(temp.resolve("vault/.env"), "TODO=leak");
        Files.createSymbolicLink(box.project.resolve("notes.txt"), secret);
        assertFalse(search("{\"pattern\":\"leak\"}").contains("leak\n"));
    }

    @Test
    void badRegexIsExplained() {
        ToolResult result = tool.execute("{\"pattern\":\"foo(\"}", box.context);
        assertTrue(result.error());
        assertTrue(result.content().contains("not a valid regular expression"), result.content());
    }

    @Test
    void searchingInsideSshIsRefused() throws IOException {
        box.write(box.userHome.resolve(".ssh/config"), "Host x");
        ToolResult result = tool.execute("{\"pattern\":\"Host\",\"path\":\"~/.ssh\"}", box.context);
        assertTrue(result.error());
        assertTrue(result.content().contains("~/.ssh"), result.content());
    }
}
