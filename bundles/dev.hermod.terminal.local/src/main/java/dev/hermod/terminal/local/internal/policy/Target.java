package dev.hermod.terminal.local.internal.policy;

import java.nio.file.Path;

/**
 * A path argument as far as it can be known before the command runs.
 *
 * @param written the word as written (expansions shown as written), for messages and keys
 * @param path the absolute, lexically normalised path, or {@code null} when only known at run time
 * @param base for a glob, the directory whose entries it matches; else {@link #path}
 * @param glob whether it is a pattern that bash expands to several names
 * @param everything whether the pattern matches (nearly) every entry of {@link #base} ({@code *}, {@code .*})
 * @param escapes whether it is relative and climbs out of the directory it is relative to ({@code ../x})
 * @param relative whether it was written relative to the working directory
 */
record Target(String written, Path path, Path base, boolean glob, boolean everything, boolean escapes, boolean relative) {

    /** Whether the path is unknowable before run time. */
    boolean unknown() { return path == null; }

    /** The path, or the pattern's base directory for a glob. */
    Path effective() { return glob ? base : path; }
}
