package dev.hermod.gateway.cli.internal;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a chat needs besides the runtime, taken from the component configuration.
 *
 * @param home the Hermod home
 * @param approvalTimeout how long an approval question waits before it denies
 * @param memoryLimit the character limit of MEMORY.md (for the fill level)
 * @param userLimit the character limit of USER.md
 * @param workingDirectory the directory tools work in
 */
record ChatSettings(Path home, Duration approvalTimeout, int memoryLimit, int userLimit, Path workingDirectory) {}
