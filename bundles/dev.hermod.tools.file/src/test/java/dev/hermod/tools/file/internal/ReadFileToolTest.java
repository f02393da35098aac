package dev.hermod.tools.file.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.tool.ToolResult;

class ReadFileToolTest {

    @TempDir
    Path temp;
    Sandbox box;
    ReadFileTool tool;

    @BeforeEach
    void setUp() throws IOException {
        box = new Sandbox(temp);
        tool = new ReadFileTool(box.policy());
        String text = IntStream.rangeClosed(1, 1200).mapToObj(i -> "line " + i).collect(Collectors.joining("\n", "", "\n"));
        box.write(box.project.resolve("big.txt"), text);
    }

    private ToolResult read(String json) {
        return tool.execute(json, box.context);
    }

    @Test
    void firstPageIsNumberedAndSaysHowToContinue() {
        ToolResult result = read("{\"path\":\"big.txt\"}");
        assertFalse(result.error(), result.content());
        String[] lines = result.content().split("\n");
        assertEquals("    1|line 1", lines[0]);
        assertEquals("  500|line 500", lines[499]);
        assertEquals("[" + box.project.resolve("big.txt") + ": lines 1-500 of 1200. Next page: read_file with offset=501]",
                lines[500]);
        assertTrue(result.untrusted(), "file content is data, not instructions");
    }

    @Test
    void lastPageSaysEndOfFile() {
        String content = read("{\"path\":\"big.txt\",\"offset\":1101,\"limit\":500}").content();
        assertTrue(content.startsWith(" 1101|line 1101\n"), content);
        assertTrue(content.endsWith(" 1200|line 1200\n[" + box.project.resolve("big.txt") + ": lines 1101-1200 of 1200; end of file]"),
                content);
    }

    @Test
    void limitIsCappedAt2000() throws IOException {
        box.write(box.project.resolve("huge.txt"), "x\n".repeat(3000));
        String content = read("{\"path\":\"huge.txt\",\"limit\":5000}").content();
        assertTrue(content.contains("lines 1-2000 of 3000. Next page: read_file with offset=2001"), content);
    }

    @Test
    void offsetPastTheEndIsAnError() {
        ToolResult result = read("{\"path\":\"big.txt\",\"offset\":1300}");
        assertTrue(result.error());
        assertTrue(result.content().contains("has 1200 lines"), result.content());
    }

    @Test
    void binaryFilesAreRefusedWithTheirSize() throws IOException {
        Files.write(box.project.resolve("image.bin"), new byte[] {1, 2, 0, 4, 5});
        ToolResult result = read("{\"path\":\"image.bin\"}");
        assertTrue(result.error());
        assertTrue(result.content().contains("binary file (5 bytes)"), result.content());
    }

    @Test
    void devicesAreRefusedInsteadOfReadForever() {
        ToolResult result = read("{\"path\":\"/dev/zero\"}");
        assertTrue(result.error());
        assertTrue(result.content().contains("not a regular file"), result.content());
    }

    @Test
    void veryLongLinesAreCut() throws IOException {
        box.write(box.project.resolve("min.js"), "a".repeat(5000));
        String content = read("{\"path\":\"min.js\"}").content();
        assertTrue(content.startsWith("    1|" + "a".repeat(2000) + " ... [line cut: 5000 characters]\n"), content);
    }

    @Test
    void filesOverTheSizeLimitAreRefused() {
        ReadFileTool small = new ReadFileTool(box.policy(TestConfig.defaults().withMaxBytes(100)));
        ToolResult result = small.execute("{\"path\":\"big.txt\"}", box.context);
        assertTrue(result.error());
        assertTrue(result.content().contains("max_read_bytes"), result.content());
    }

    @Test
    void missingPathArgumentAndMissingFileSayWhatIsWrong() {
        assertTrue(read("{}").content().contains("missing required argument 'path'"));
        assertTrue(read("{\"path\":\"nope.txt\"}").content().contains("no such file"));
        assertTrue(read("not json").content().contains("not valid JSON"));
    }

    @Test
    void emptyFileIsReportedAsEmpty() throws IOException {
        box.write(box.project.resolve("empty.txt"), "");
        assertTrue(read("{\"path\":\"empty.txt\"}").content().contains("empty file, 0 lines"));
    }
}
