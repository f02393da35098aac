package dev.hermod.tools.file.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Searches file contents for a regular expression, grep style: {@code path:line: text}, context as {@code path-line- text}. */
final class ContentSearch {

    static final int MAX_SHOWN_CHARS = 500;

    private final Pattern pattern;
    private final int limit;
    private final int context;
    private final long maxBytes;
    private final Function<Path, String> display;
    private final StringBuilder out = new StringBuilder();
    private int matches;
    private int matchedFiles;
    private int oversized;

    /**
     * @param display how a file is named in the output (relative to the working directory where possible)
     */
    ContentSearch(Pattern pattern, int limit, int context, long maxBytes, Function<Path, String> display) {
        this.pattern = pattern;
        this.limit = limit;
        this.context = context;
        this.maxBytes = maxBytes;
        this.display = display;
    }

    /** Searches {@code files} in order until the match limit; returns the report with its footer. */
    String run(List<Path> files, BooleanSupplier cancelled) {
        int scanned = 0;
        for (Path file : files) {
            if (matches >= limit || cancelled.getAsBoolean()) {
                break;
            }
            try {
                if (Files.size(file) > maxBytes) {
                    oversized++;
                } else if (!TextFile.looksBinary(file)) {
                    scanned++;
                    search(file);
                }
            } catch (IOException e) {
                // Unreadable files (permissions, vanished) are not results; keep searching.
            }
        }
        return out + footer(scanned);
    }

    private void search(Path file) throws IOException {
        List<String> lines = Lines.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < lines.size() && matches + hits.size() < limit; i++) {
            if (pattern.matcher(lines.get(i)).find()) {
                hits.add(i);
            }
        }
        if (hits.isEmpty()) {
            return;
        }
        matchedFiles++;
        matches += hits.size();
        String name = display.apply(file);
        int printedUpTo = -1;
        for (int h = 0; h < hits.size(); h++) {
            int from = Math.max(hits.get(h) - context, printedUpTo + 1);
            int to = Math.min(lines.size() - 1, hits.get(h) + context);
            if (context > 0 && !out.isEmpty() && (h == 0 || from > printedUpTo + 1)) {
                out.append("--\n");
            }
            for (int i = from; i <= to; i++) {
                boolean hit = hits.contains(i);
                out.append(name).append(hit ? ':' : '-').append(i + 1).append(hit ? ": " : "- ")
                        .append(shown(lines.get(i))).append('\n');
            }
            printedUpTo = Math.max(printedUpTo, to);
        }
    }

    private String footer(int scanned) {
        StringBuilder footer = new StringBuilder("[");
        footer.append(matches == 0 ? "no matches" : matches + (matches == 1 ? " match in " : " matches in ")
                + matchedFiles + (matchedFiles == 1 ? " file" : " files"));
        footer.append("; ").append(scanned).append(scanned == 1 ? " file searched" : " files searched");
        if (oversized > 0) {
            footer.append("; ").append(oversized).append(" files over max_read_bytes skipped");
        }
        if (matches >= limit) {
            footer.append("; stopped at the limit of ").append(limit).append(" matches: narrow the pattern or path, "
                    + "or raise limit");
        }
        return footer.append(']').toString();
    }

    private static String shown(String line) {
        return line.length() <= MAX_SHOWN_CHARS ? line : line.substring(0, MAX_SHOWN_CHARS) + " ...";
    }
}
