package dev.hermod.terminal.local.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Kills a command together with everything it started. */
final class ProcessTree {

    private static final System.Logger LOG = System.getLogger(ProcessTree.class.getName());

    private final HostShell shell;

    ProcessTree(HostShell shell) { this.shell = shell; }

    /**
     * Kills {@code process}, its descendants and (with setsid) its whole process group, which also
     * reaches children that were re-parented after their parent died.
     */
    void kill(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        if (shell.ownProcessGroup() && groupMayBeOurs(process)) killGroups(List.of(process.pid()));
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * Kills the process groups led by these finished commands, skipping any whose number now
     * belongs to a new, unrelated process (the kernel never reuses a number while its group has
     * members, so such a group is empty anyway).
     */
    void killLeftoverGroups(Collection<Long> leaders) {
        if (!shell.ownProcessGroup()) return;
        List<Long> groups = leaders.stream().filter(pid -> ProcessHandle.of(pid).isEmpty()).toList();
        if (!groups.isEmpty()) killGroups(groups);
    }

    private static boolean groupMayBeOurs(Process process) {
        return process.isAlive() || ProcessHandle.of(process.pid()).isEmpty();
    }

    private void killGroups(Collection<Long> groups) {
        String targets = groups.stream().map(g -> "-" + g).collect(Collectors.joining(" "));
        try {
            Process kill = new ProcessBuilder(shell.bash().toString(), "-c", "kill -KILL -- " + targets + " 2>/dev/null")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!kill.waitFor(5, TimeUnit.SECONDS)) kill.destroyForcibly();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not kill process groups " + targets + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
