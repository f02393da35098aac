package dev.hermod.terminal.local.internal;

/** Receives decoded output as it arrives. */
interface CharSink {
    void append(char[] chars, int offset, int length);
}
