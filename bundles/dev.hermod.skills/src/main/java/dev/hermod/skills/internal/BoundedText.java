package dev.hermod.skills.internal;

import java.util.regex.Pattern;

/**
 * A task's text for regex triggers, which come from skill files anyone may write: reading it stops
 * after a fixed number of character reads, so a pattern with catastrophic backtracking gives up
 * (counts as no match) instead of hanging the agent.
 */
final class BoundedText implements CharSequence {

    static final int MAX_READS = 200_000;

    private final String text;
    private final int[] reads;

    private BoundedText(String text, int[] reads) {
        this.text = text;
        this.reads = reads;
    }

    /** Whether {@code pattern} is found in {@code text} within the read allowance. */
    static boolean find(Pattern pattern, String text) {
        try {
            return pattern.matcher(new BoundedText(text, new int[1])).find();
        } catch (ReadLimitException e) {
            return false;
        }
    }

    @Override
    public char charAt(int index) {
        if (++reads[0] > MAX_READS) {
            throw new ReadLimitException();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BoundedText(text.substring(start, end), reads);
    }

    @Override
    public String toString() {
        return text;
    }

    private static final class ReadLimitException extends RuntimeException {
        ReadLimitException() {
            super("regex read limit", null, false, false);
        }
    }
}
