package dev.hermod.memory.holographic.internal;

import java.util.Locale;

/**
 * Something a fact is about.
 *
 * @param key the normalised name used for matching (lower case, single spaces)
 * @param display the name as written
 * @param kind name, quoted, handle, tag, path, url or quantity
 */
record Entity(String key, String display, String kind) {

    static Entity of(String display, String kind) {
        String clean = display.strip().replaceAll("\\s+", " ");
        return new Entity(key(clean), clean, kind);
    }

    /** The matching key of a name as a person or model typed it. */
    static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
