package dev.hermod.terminal.local.internal.policy;

import java.nio.file.Path;

/** The working directory as the analysis follows {@code cd}; {@code null} once it cannot be known. */
final class Cwd {

    Path path;

    Cwd(Path path) { this.path = path; }

    /** For a subshell: its {@code cd} does not affect the parent. */
    Cwd copy() { return new Cwd(path); }
}
