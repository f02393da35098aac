package dev.hermod.store.sqlite.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what a person or model typed into a safe FTS5 query. Every term becomes a quoted FTS5
 * string, so operators ({@code AND}, {@code NEAR}, {@code -}, {@code :}, {@code ^}) and stray quotes
 * are plain text and FTS5 syntax errors cannot happen. Supported on purpose: {@code "a phrase"}
 * and a trailing {@code *} on a word for a prefix search.
 *
 * @param terms the quoted FTS5 terms, at most {@value #MAX_TERMS}
 */
record FtsQuery(List<String> terms) {

    static final int MAX_TERMS = 32;
    private static final Pattern SEARCHABLE = Pattern.compile("[\\p{L}\\p{N}]");

    static FtsQuery parse(String text) {
        Set<String> terms = new LinkedHashSet<>();
        String rest = text == null ? "" : text;
        int at = 0;
        while (at < rest.length() && terms.size() < MAX_TERMS) {
            int open = rest.indexOf('"', at);
            int close = open < 0 ? -1 : rest.indexOf('"', open + 1);
            if (close < 0) {
                words(rest.substring(at).replace('"', ' '), terms);
                break;
            }
            words(rest.substring(at, open), terms);
            phrase(rest.substring(open + 1, close), false, terms);
            at = close + 1;
        }
        return new FtsQuery(new ArrayList<>(terms).subList(0, Math.min(terms.size(), MAX_TERMS)));
    }

    boolean isEmpty() { return terms.isEmpty(); }

    /** Matches messages holding every term. */
    String allTerms() { return String.join(" ", terms); }

    /** Matches messages holding any term. */
    String anyTerm() { return String.join(" OR ", terms); }

    private static void words(String text, Set<String> terms) {
        for (String word : text.trim().split("\\s+")) {
            boolean prefix = word.endsWith("*");
            phrase(prefix ? word.replaceAll("\\*+$", "") : word, prefix, terms);
        }
    }

    private static void phrase(String text, boolean prefix, Set<String> terms) {
        if (!SEARCHABLE.matcher(text).find()) return;
        terms.add('"' + text.replace("\"", "\"\"") + '"' + (prefix ? "*" : ""));
    }
}
