package dev.hermod.memory.holographic.internal;

import java.nio.charset.StandardCharsets;

/**
 * 64-bit FNV-1a over UTF-8, finished with a SplitMix64 mix. Stable across JVMs and versions
 * (unlike {@link String#hashCode()} spread), so stored vectors stay valid.
 */
final class StableHash {

    private StableHash() {}

    static long of(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
        hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
        return hash ^ (hash >>> 31);
    }
}
