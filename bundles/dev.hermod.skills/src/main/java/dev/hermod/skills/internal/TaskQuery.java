package dev.hermod.skills.internal;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A task prepared for matching.
 *
 * @param text the task, cut to {@link #MAX_CHARS} characters (regex triggers read this)
 * @param stemmedText every word stemmed and space-padded (keyword and phrase triggers read this)
 * @param terms the stemmed terms without stop words (field evidence reads these)
 * @param fts the FTS5 query: every distinct word quoted, joined by OR; empty when there are no words
 */
record TaskQuery(String text, String stemmedText, Set<String> terms, String fts) {

    static final int MAX_CHARS = 4_000;
    static final int MAX_FTS_TERMS = 64;

    static TaskQuery of(String task) {
        String text = task == null ? "" : task.length() > MAX_CHARS ? task.substring(0, MAX_CHARS) : task;
        // Quoting every word makes FTS5 read AND, OR, NOT, NEAR, *, ^ and column names as plain words.
        String fts = Terms.words(text).stream().limit(MAX_FTS_TERMS).map(w -> '"' + w.replace("\"", "\"\"") + '"')
                .collect(Collectors.joining(" OR "));
        return new TaskQuery(text, Terms.stemmedText(text), Terms.of(text), fts);
    }
}
