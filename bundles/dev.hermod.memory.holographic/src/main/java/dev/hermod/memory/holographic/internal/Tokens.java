package dev.hermod.memory.holographic.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into the lower-case word set used by Jaccard overlap, HRR encoding and FTS queries. */
final class Tokens {

    static final int MAX_TOKENS = 256;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_]*");
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "do",
            "does", "for", "from", "has", "have", "he", "her", "his", "i", "in", "is", "it", "its", "me", "my", "of",
            "on", "or", "our", "she", "so", "that", "the", "their", "them", "there", "they", "this", "to", "was",
            "we", "were", "what", "when", "which", "who", "will", "with", "you", "your");

    private Tokens() {}

    /** The distinct content words of {@code text}, lower-cased, stop words and single letters dropped, in order. */
    static Set<String> of(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        Matcher words = WORD.matcher(text == null ? "" : text);
        while (words.find() && tokens.size() < MAX_TOKENS) {
            String word = words.group().toLowerCase(Locale.ROOT);
            if (isContent(word)) tokens.add(word);
        }
        return tokens;
    }

    /** True unless {@code word} (lower case) is a stop word or a single letter. */
    static boolean isContent(String word) {
        return !STOP.contains(word) && (word.length() > 1 || Character.isDigit(word.charAt(0)));
    }

    /** |a ∩ b| / |a ∪ b|; 0 when both are empty. */
    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 0;
        int common = 0;
        for (String token : a) if (b.contains(token)) common++;
        return (double) common / (a.size() + b.size() - common);
    }
}
