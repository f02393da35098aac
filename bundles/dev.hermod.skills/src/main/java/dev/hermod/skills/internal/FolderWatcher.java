package dev.hermod.skills.internal;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folder trees and calls back once a burst of changes has settled. The JDK's WatchService
 * is not recursive, so every sub-folder is registered, and the trees are registered again after
 * each burst to catch folders created in the meantime.
 */
final class FolderWatcher implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FolderWatcher.class.getName());

    private final List<Path> roots;
    private final Duration quietPeriod;
    private final Runnable onChange;
    private final WatchService service;
    private final Thread thread;

    /**
     * Starts watching {@code roots} (missing ones are ignored) on a virtual thread.
     *
     * @param quietPeriod how long no change must arrive before {@code onChange} runs
     */
    FolderWatcher(List<Path> roots, Duration quietPeriod, Runnable onChange) throws IOException {
        this.roots = List.copyOf(roots);
        this.quietPeriod = quietPeriod;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        registerAll();
        this.thread = Thread.ofVirtual().name("hermod-skills-watcher").start(this::loop);
    }

    private void loop() {
        try {
            while (true) {
                boolean relevant = drain(service.take());
                WatchKey more;
                while ((more = service.poll(quietPeriod.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (!relevant) continue; // only the writer's own hidden folders changed
                registerAll();
                try {
                    onChange.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "reloading skills after a change failed", e);
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // close() was called: the watcher ends.
        }
    }

    /**
     * Takes the key's events; true unless every one is about a hidden entry ({@code .staging},
     * {@code .quarantine}, {@code .archive}, {@code .history}: the writer's own working folders,
     * which hold no active skill and would otherwise set off a full rescan per write).
     */
    private static boolean drain(WatchKey key) {
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            relevant |= !(event.context() instanceof Path name && name.getFileName().toString().startsWith("."));
        }
        key.reset();
        return relevant;
    }

    private void registerAll() {
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> tree = Files.walk(root)) {
                tree.filter(Files::isDirectory).filter(dir -> !hidden(root, dir)).forEach(this::register);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "cannot watch skills folder " + root + ": " + e);
            }
        }
    }

    private static boolean hidden(Path root, Path dir) {
        for (Path part : root.relativize(dir)) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    private void register(Path dir) {
        try {
            dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "cannot watch " + dir + ": " + e);
        }
    }

    /** Stops watching and waits briefly for the thread to end. */
    @Override
    public void close() {
        try {
            service.close();
            thread.join(Duration.ofSeconds(2));
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing the skills watcher: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
