package dev.hermod.skills.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Words for lexical matching: lower case, split on anything but letters and digits, stop words dropped, lightly stemmed. */
final class Terms {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by",
            "can", "do", "does", "for", "from", "get", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its",
            "me", "my", "need", "not", "of", "on", "or", "our", "please", "should", "so", "some", "that", "the",
            "their", "them", "then", "there", "these", "this", "to", "up", "us", "use", "using", "want", "was", "we",
            "what", "when", "which", "while", "who", "why", "will", "with", "would", "you", "your");

    private Terms() {
    }

    /** The distinct terms of {@code text}, stemmed, in order of appearance. */
    static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : words(text)) {
            terms.add(stem(word));
        }
        return terms;
    }

    /** The distinct words of {@code text} (lower case, stop words and one-letter words dropped), not stemmed. */
    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        for (String word : SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
            if (word.length() >= 2 && !STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * Every word of {@code text} stemmed, stop words kept, joined by single spaces and padded with one
     * space each side, so a phrase can be found with {@code contains(" " + phrase + " ")}.
     */
    static String stemmedText(String text) {
        StringBuilder out = new StringBuilder(" ");
        if (text != null) {
            for (String word : SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
                if (!word.isEmpty()) {
                    out.append(stem(word)).append(' ');
                }
            }
        }
        return out.toString();
    }

    /** A light suffix stripper, so "debugging", "debugged" and "debug" meet; not a full Porter stemmer. */
    static String stem(String word) {
        String w = word;
        if (w.length() > 4 && w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            w = undouble(w.substring(0, w.length() - 3));
        } else if (w.length() > 4 && w.endsWith("ed")) {
            w = undouble(w.substring(0, w.length() - 2));
        }
        if (w.length() > 4 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n > 2 && w.charAt(n - 1) == w.charAt(n - 2) && "aeiouylsz".indexOf(w.charAt(n - 1)) < 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
