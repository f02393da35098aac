package dev.hermod.memory.builtin.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a person's message into an FTS5 expression that matches any of its meaningful words. Every
 * word becomes a quoted FTS5 string, so operators, quotes and punctuation in what people type can
 * never break the query; bm25 then ranks rows with more (and rarer) words first.
 */
final class FtsTerms {

    static final int MAX_TERMS = 24;

    // very common English words: matching them says nothing about relevance
    private static final Set<String> STOP = Set.of("a", "about", "after", "again", "all", "also", "am", "an", "and",
            "any", "are", "as", "at", "be", "been", "before", "but", "by", "can", "could", "did", "do", "does", "for",
            "from", "get", "got", "had", "has", "have", "he", "her", "here", "him", "his", "how", "i", "if", "in",
            "into", "is", "it", "its", "just", "know", "let", "like", "me", "my", "no", "not", "now", "of", "on",
            "one", "or", "our", "out", "please", "she", "should", "so", "some", "than", "that", "the", "their", "them",
            "then", "there", "these", "they", "this", "to", "up", "us", "was", "we", "were", "what", "when", "where",
            "which", "who", "why", "will", "with", "would", "you", "your");

    private FtsTerms() {}

    /** The expression, or empty when the text has no meaningful word. */
    static String anyOf(String text) {
        return anyOf(words(text));
    }

    /** The meaningful words of a text, lower case, in order, without repeats. */
    static List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : (text == null ? "" : text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (words.size() == MAX_TERMS) break;
            if (word.codePointCount(0, word.length()) < 2 || STOP.contains(word)) continue;
            words.add(word);
        }
        return List.copyOf(words);
    }

    /** Each word as a quoted FTS5 string, OR-ed; empty for no words. */
    static String anyOf(List<String> words) {
        return words.stream().map(w -> '"' + w.replace("\"", "\"\"") + '"').collect(Collectors.joining(" OR "));
    }
}
