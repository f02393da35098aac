package dev.hermod.terminal.local.internal.policy;

import java.util.List;
import java.util.Set;

/** Whole-machine actions: formatting disks, shutting down, killing every process, cron and sudoers. */
final class SystemRules {

    private static final Set<String> DISK_TOOLS = Set.of("mke2fs", "mkswap", "wipefs", "fdisk", "sfdisk", "cfdisk",
            "gdisk", "sgdisk", "parted", "blkdiscard", "mkdosfs", "mkntfs", "cryptsetup", "zpool", "pvcreate",
            "lvremove", "vgremove", "dmsetup");
    private static final Set<String> POWER = Set.of("shutdown", "reboot", "halt", "poweroff", "kexec");
    private static final Set<String> SYSTEMCTL_POWER = Set.of("poweroff", "reboot", "halt", "kexec", "suspend",
            "hibernate", "hybrid-sleep", "rescue", "emergency", "default", "isolate", "soft-reboot");

    private SystemRules() {}

    static void register(RuleBook book) {
        book.addFamily(name -> name.startsWith("mkfs") || DISK_TOOLS.contains(name), SystemRules::disks);
        book.add(call -> call.flag("shuts down or restarts the machine (" + call.name() + ")", call.name()),
                POWER.toArray(String[]::new));
        book.add(SystemRules::init, "init", "telinit");
        book.add(SystemRules::systemctl, "systemctl", "loginctl");
        book.add(SystemRules::kill, "kill");
        book.add(call -> call.flag("kills every process on the machine (killall5)", "killall5"), "killall5");
        book.add(SystemRules::crontab, "crontab");
        book.add(call -> call.flag("edits the sudoers file, which decides who may become root (" + call.name() + ")",
                call.name()), "visudo", "sudoedit");
        History.register(book);
    }

    private static void disks(Call call) {
        List<String> args = call.texts();
        boolean listOnly = !args.isEmpty() && args.stream().allMatch(a -> a.equals("-l") || a.equals("--list")
                || a.equals("print") || a.startsWith("/dev/") && args.contains("-l"));
        if (listOnly && !call.name().startsWith("mk") && !call.name().equals("wipefs")) return;
        call.flag("formats, wipes or repartitions disks (" + call.name() + ")", call.name());
    }

    private static void init(Call call) {
        List<String> args = call.texts();
        if (!args.isEmpty() && Set.of("0", "1", "6", "s", "S").contains(args.getFirst())) {
            call.flag("changes the machine's run level (" + call.name() + " " + args.getFirst() + "): shuts down, "
                    + "restarts or drops to single-user mode", call.name() + " " + args.getFirst());
        }
    }

    private static void systemctl(Call call) {
        call.texts().stream().filter(SYSTEMCTL_POWER::contains).findFirst().ifPresent(action -> call.flag(
                "shuts down, restarts or isolates the machine (" + call.name() + " " + action + ")",
                call.name() + " " + action));
    }

    /** {@code kill -9 -1} signals every process the user may signal; pid 1 is init. */
    private static void kill(Call call) {
        List<String> args = call.texts();
        int i = 0;
        if (i < args.size() && args.get(i).startsWith("-") && !args.get(i).equals("--")) {
            i += args.get(i).equals("-s") || args.get(i).equals("-n") ? 2 : 1;
        }
        if (i < args.size() && args.get(i).equals("--")) i++;
        for (String pid : args.subList(Math.min(i, args.size()), args.size())) {
            if (pid.equals("-1") || pid.equals("1")) {
                call.flag("sends a signal to " + (pid.equals("1") ? "init (pid 1)" : "every process you own (pid -1)")
                        + " (kill " + String.join(" ", args) + ")", "kill " + pid);
            }
        }
    }

    private static void crontab(Call call) {
        // Without -l it replaces the crontab: from a file, from stdin (even an empty one), or in an editor.
        if (call.invocation().hasOption("-l") && !call.invocation().hasOption("-r") && !call.invocation().hasOption("-e")) return;
        call.flag("replaces, edits or removes your crontab (scheduled commands) (crontab " + String.join(" ", call.texts()) + ")",
                "crontab");
    }
}
