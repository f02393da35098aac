package dev.hermod.embeddings.minilm.internal;

import java.util.ArrayList;
import java.util.List;

/** The texts of a call as the model gets them: checked, cut to the configured length. */
final class Texts {
    private Texts() { }

    /** The text cut to at most {@code maxChars} characters, never between the two halves of a surrogate pair. */
    static String truncated(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return text.substring(0, end);
    }

    /** The texts truncated, each checked for null. */
    static List<String> prepared(List<String> texts, int maxChars) {
        List<String> prepared = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (text == null) {
                throw new NullPointerException("Text " + i + " of " + texts.size() + " is null");
            }
            prepared.add(truncated(text, maxChars));
        }
        return prepared;
    }
}
