package dev.hermod.tools.file.internal;

import java.util.ArrayList;
import java.util.List;

/** Splitting text into lines. */
final class Lines {

    private Lines() {
    }

    /** The lines of {@code text} without terminators ({@code \n} or {@code \r\n}); a final newline adds no line. */
    static List<String> of(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                lines.add(text.substring(start));
                break;
            }
            int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(text.substring(start, stop));
            start = end + 1;
        }
        return lines;
    }

    /** The lines of {@code text}, each with its own {@code \n}; the last one lacks it when the text does. */
    static List<String> withTerminators(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int stop = end < 0 ? text.length() : end + 1;
            lines.add(text.substring(start, stop));
            start = stop;
        }
        return lines;
    }

    /** The number of lines {@link #of} would return, without building them. */
    static int count(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return text.isEmpty() || text.endsWith("\n") ? count : count + 1;
    }
}
