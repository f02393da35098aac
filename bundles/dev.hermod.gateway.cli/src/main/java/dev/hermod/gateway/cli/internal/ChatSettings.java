package dev.hermod.gateway.cli.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

import dev.hermod.api.memory.MemoryArchiveView;
import dev.hermod.api.memory.PinnedMemory;

/**
 * What a chat needs besides the runtime, taken from the component configuration.
 *
 * @param home the Hermod home
 * @param approvalTimeout how long an approval question waits before it denies
 * @param memory the built-in memory's pinned files (for /memory), or null when it is not running
 * @param workingDirectory the directory tools work in
 * @param archive the built-in memory's archive view (for /memory with words), or null when it is not running
 */
record ChatSettings(Path home, Duration approvalTimeout, Supplier<PinnedMemory> memory, Path workingDirectory,
                    Supplier<MemoryArchiveView> archive) {}
