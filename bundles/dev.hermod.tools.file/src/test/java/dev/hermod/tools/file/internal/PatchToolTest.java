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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.hermod.api.tool.ToolResult;

class PatchToolTest {

    private static final String SOURCE = """
            package demo;

            class Greeter {
                String greet(String name) {
                    return "Hello, " + name;
                }

                String farewell(String name) {
                    return "Bye, " + name;
                }
            }
            """;

    @TempDir
    Path temp;
    Sandbox box;
    PatchTool tool;
    Path file;

    @BeforeEach
    void setUp() throws IOException {
        box = new Sandbox(temp);
        tool = new PatchTool(box.policy());
        file = box.write(box.project.resolve("Greeter.java"), SOURCE);
    }

    private ToolResult patch(String oldString, String newString, boolean replaceAll) {
        ObjectNode args = new ObjectMapper().createObjectNode().put("path", "Greeter.java")
                .put("old_string", oldString).put("new_string", newString).put("replace_all", replaceAll);
        return tool.execute(args.toString(), box.context);
    }

    @Test
    void uniqueMatchIsReplacedAndTheDiffShown() throws IOException {
        ToolResult result = patch("\"Hello, \"", "\"Hi, \"", false);
        assertFalse(result.error(), result.content());
        assertEquals("Patched " + file + ": 1 replacement.\n"
                + "--- " + file + "\n+++ " + file + "\n"
                + "@@ -2,7 +2,7 @@\n"
                + " \n"
                + " class Greeter {\n"
                + "     String greet(String name) {\n"
                + "-        return \"Hello, \" + name;\n"
                + "+        return \"Hi, \" + name;\n"
                + "     }\n"
                + " \n"
                + "     String farewell(String name) {\n", result.content());
        assertEquals(SOURCE.replace("Hello", "Hi"), Files.readString(file));
    }

    @Test
    void ambiguousMatchIsRefusedWithCountAndLines() throws IOException {
        ToolResult result = patch("+ name;", "+ name + \"!\";", false);
        assertTrue(result.error());
        assertTrue(result.content().contains("occurs 2 times"), result.content());
        assertTrue(result.content().contains("(at lines 5, 9)"), result.content());
        assertTrue(result.content().contains("replace_all=true"), result.content());
        assertEquals(SOURCE, Files.readString(file), "nothing is written on refusal");
    }

    @Test
    void replaceAllReplacesEveryOccurrence() throws IOException {
        ToolResult result = patch("String name", "CharSequence name", true);
        assertTrue(result.content().startsWith("Patched " + file + ": 2 replacements.\n"), result.content());
        assertTrue(result.content().contains("@@ -1,11 +1,11 @@"), result.content());
        assertEquals(SOURCE.replace("String name", "CharSequence name"), Files.readString(file));
    }

    @Test
    void missingTextSaysHowToRecover() {
        ToolResult result = patch("return \"Hey\"", "x", false);
        assertTrue(result.error());
        assertTrue(result.content().contains("was not found"), result.content());
        assertTrue(result.content().contains("read_file"), result.content());
    }

    @Test
    void windowsLineEndingsAreMatched() throws IOException {
        box.write(file, "a\r\nb\r\nc\r\n");
        assertFalse(patch("a\nb", "a\nB", false).error());
        assertEquals("a\r\nB\r\nc\r\n", Files.readString(file));
    }

    @Test
    void credentialFilesCannotBePatched() throws IOException {
        box.write(box.project.resolve(".env"), "A=1\n");
        ObjectNode args = new ObjectMapper().createObjectNode().put("path", ".env").put("old_string", "A=1")
                .put("new_string", "A=2");
        ToolResult result = tool.execute(args.toString(), box.context);
        assertTrue(result.error());
        assertEquals("A=1\n", Files.readString(box.project.resolve(".env")));
    }
}
