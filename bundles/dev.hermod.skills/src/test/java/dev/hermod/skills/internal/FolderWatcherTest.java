package dev.hermod.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {

    @TempDir Path root;

    @Test
    void theWritersHiddenFoldersSetOffNoRescanASkillFolderDoes() throws Exception {
        Files.createDirectories(root.resolve(".staging"));
        AtomicInteger reloads = new AtomicInteger();
        try (FolderWatcher watcher = new FolderWatcher(List.of(root), Duration.ofMillis(50), reloads::incrementAndGet)) {
            Files.createDirectories(root.resolve(".staging/deploy-site"));
            Files.writeString(root.resolve(".staging/deploy-site/SKILL.md"), "---\nname: deploy-site\n---\n");
            Files.createDirectories(root.resolve(".quarantine/bad"));
            long quiet = System.nanoTime() + Duration.ofMillis(600).toNanos(); // several quiet periods: nothing may come
            while (System.nanoTime() < quiet) {
                assertEquals(0, reloads.get(), "a hidden folder's change rescanned the library");
                java.util.concurrent.locks.LockSupport.parkNanos(10_000_000); // checking an absence over a bounded time
            }

            Fixtures.simple(root, "deploy-site", "deploy-site", "Deploy the site.");

            Fixtures.await("a rescan after a skill folder changed", Duration.ofSeconds(10), () -> reloads.get() >= 1);
        }
    }
}
