package dev.hermod.terminal.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutputBuffersTest {

    private static void append(CharSink sink, String text) { sink.append(text.toCharArray(), 0, text.length()); }

    @Test
    void headTailKeepsBothEndsAndSaysHowMuchWasCut() {
        HeadTailBuffer buffer = new HeadTailBuffer(10);
        append(buffer, "HEAD-");
        append(buffer, "x".repeat(1000));
        append(buffer, "-TAIL");
        String text = buffer.text();
        assertTrue(buffer.truncated());
        assertTrue(text.startsWith("HEAD-"), text);
        assertTrue(text.endsWith("\n-TAIL"), text);
        assertTrue(text.contains("[... 1000 characters cut from the middle of the output ...]"), text);
    }

    @Test
    void headTailKeepsShortOutputWhole() {
        HeadTailBuffer buffer = new HeadTailBuffer(100);
        append(buffer, "hello\n");
        assertEquals("hello\n", buffer.text());
        assertFalse(buffer.truncated());
    }

    @Test
    void ringReportsNewOutputByOffset() {
        OutputRing ring = new OutputRing(8);
        append(ring, "abc");
        long mark = ring.length();
        append(ring, "defghijk");
        assertEquals(11, ring.length());
        assertEquals("defghijk", ring.since(mark));
        assertEquals("defghijk", ring.since(0), "what was overwritten is gone; the oldest kept comes back");
        assertEquals("jk", ring.last(2));
        assertEquals("", ring.since(11));
    }
}
