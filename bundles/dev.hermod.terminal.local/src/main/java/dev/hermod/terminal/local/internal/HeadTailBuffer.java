package dev.hermod.terminal.local.internal;

/**
 * Keeps the first and the last characters of a command's output within a cap, and counts what was
 * cut from the middle: the start says what a command was doing, the end how it finished.
 */
final class HeadTailBuffer implements CharSink {

    private final StringBuilder head;
    private final int headCap;
    private final OutputRing tail;
    private long total;

    /** @param maxChars the most characters kept, at least 2 */
    HeadTailBuffer(int maxChars) {
        int cap = Math.max(2, maxChars);
        this.headCap = cap / 2;
        this.head = new StringBuilder(Math.min(headCap, 8192));
        this.tail = new OutputRing(cap - headCap);
    }

    @Override
    public synchronized void append(char[] chars, int offset, int length) {
        int toHead = (int) Math.min(length, Math.max(0, headCap - total));
        head.append(chars, offset, toHead);
        if (length > toHead) tail.append(chars, offset + toHead, length - toHead);
        total += length;
    }

    /** Whether anything was cut. */
    synchronized boolean truncated() { return cut() > 0; }

    /** The kept output, with a marker where the middle was cut. */
    synchronized String text() {
        long cut = cut();
        String end = tail.last(Integer.MAX_VALUE);
        if (cut == 0) return head + end;
        return head + "\n\n[... " + cut + " characters cut from the middle of the output ...]\n\n" + end;
    }

    private long cut() { return total - head.length() - tail.retained(); }
}
