package dev.hermod.skills.internal;

/**
 * A scanned file's allowance of character reads across all rules. Ordinary text needs a small
 * multiple of its length; text built to make the rules backtrack runs out, and the scanner then
 * blocks the skill instead of spending seconds on it.
 */
final class ReadBudget {

    static final int READS_PER_CHAR = 300;
    static final int BASE_READS = 2_000_000;

    private long left;

    ReadBudget(int length) {
        this.left = BASE_READS + (long) READS_PER_CHAR * length;
    }

    /** {@code text} read through this budget. */
    CharSequence wrap(String text) {
        return new Text(text, 0, text.length());
    }

    /** Thrown when the allowance is spent. */
    static final class Spent extends RuntimeException {
        Spent() {
            super("scan read budget spent", null, false, false);
        }
    }

    private final class Text implements CharSequence {
        private final String text;
        private final int start;
        private final int end;

        Text(String text, int start, int end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }

        @Override
        public char charAt(int index) {
            if (--left < 0) {
                throw new Spent();
            }
            return text.charAt(start + index);
        }

        @Override
        public int length() {
            return end - start;
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return new Text(text, start + from, start + to);
        }

        @Override
        public String toString() {
            return text.substring(start, end);
        }
    }
}
