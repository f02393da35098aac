package dev.hermod.memory.builtin.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The Hermes memory file format: entries separated by a line holding only {@code §}. Reading is
 * lenient (a separator line may carry spaces, line ends may be CRLF, blank entries vanish);
 * writing is canonical ({@code "\n§\n"} between entries, one final newline).
 */
final class EntryFormat {

    static final String SEPARATOR = "§";

    private EntryFormat() {}

    static List<String> parse(String text) {
        List<String> entries = new ArrayList<>();
        StringBuilder entry = new StringBuilder();
        for (String line : text.split("\\R", -1)) {
            if (line.strip().equals(SEPARATOR)) {
                add(entries, entry);
            } else {
                entry.append(line).append('\n');
            }
        }
        add(entries, entry);
        return entries;
    }

    /** The file content for {@code entries}: empty for none. */
    static String format(List<String> entries) {
        return entries.isEmpty() ? "" : join(entries) + "\n";
    }

    /** The size counted against a file's limit, in characters (code points) of the joined entries. */
    static int size(List<String> entries) {
        String joined = join(entries);
        return joined.codePointCount(0, joined.length());
    }

    /** True when {@code content} has a line that would read back as a separator. */
    static boolean containsSeparator(String content) {
        return content.lines().anyMatch(line -> line.strip().equals(SEPARATOR));
    }

    private static String join(List<String> entries) {
        return String.join("\n" + SEPARATOR + "\n", entries);
    }

    private static void add(List<String> entries, StringBuilder entry) {
        String text = entry.toString().strip();
        if (!text.isEmpty()) entries.add(text);
        entry.setLength(0);
    }
}
