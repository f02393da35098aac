package dev.hermod.terminal.local.internal;

/**
 * The newest characters of a stream, in a fixed-size ring, with a running count of everything
 * written so that readers can ask for "what is new since offset N". Thread-safe.
 */
final class OutputRing implements CharSink {

    private final char[] ring;
    private long written;

    OutputRing(int capacity) { this.ring = new char[Math.max(1, capacity)]; }

    @Override
    public synchronized void append(char[] chars, int offset, int length) {
        if (length >= ring.length) {
            offset += length - ring.length;
            written += length - ring.length;
            length = ring.length;
        }
        for (int i = 0; i < length; i++) ring[(int) ((written + i) % ring.length)] = chars[offset + i];
        written += length;
    }

    /** Total characters ever written. */
    synchronized long length() { return written; }

    /** How many characters are still held. */
    synchronized int retained() { return (int) Math.min(written, ring.length); }

    /** The newest {@code maxChars} characters. */
    synchronized String last(int maxChars) {
        return since(written - Math.min(Math.max(0, maxChars), retained()));
    }

    /** The characters from offset {@code from} on; the oldest held when {@code from} was overwritten. */
    synchronized String since(long from) {
        long start = Math.max(Math.max(0, from), written - retained());
        if (start >= written) return "";
        StringBuilder out = new StringBuilder((int) (written - start));
        for (long i = start; i < written; i++) out.append(ring[(int) (i % ring.length)]);
        return out.toString();
    }
}
