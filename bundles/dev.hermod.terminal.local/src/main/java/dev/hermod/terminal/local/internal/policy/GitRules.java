package dev.hermod.terminal.local.internal.policy;

import java.util.List;
import java.util.Set;

/** git commands that throw work away: force pushes, hard resets, cleaning untracked files. */
final class GitRules {

    private static final Set<String> GLOBAL_VALUED = Set.of("-C", "-c", "--git-dir", "--work-tree", "--namespace",
            "--config-env", "--super-prefix", "--exec-path");

    private GitRules() {}

    static void register(RuleBook book) { book.add(GitRules::git, "git"); }

    private static void git(Call call) {
        Options global = Options.parse(call.args(), GLOBAL_VALUED, false, 0);
        List<dev.hermod.terminal.local.internal.shell.Word> rest = global.operands();
        if (rest.isEmpty()) return;
        String command = rest.getFirst().text();
        Invocation sub = new Invocation("git " + command, rest.subList(1, rest.size()));
        switch (command) {
            case "push" -> push(call, sub);
            case "reset" -> {
                if (sub.texts().contains("--hard")) {
                    call.flag("discards all uncommitted changes (git reset --hard)", "git reset --hard");
                }
            }
            case "clean" -> {
                if (sub.hasOption("-f", "--force") && !sub.hasOption("-n", "--dry-run")) {
                    call.flag("deletes untracked files for good (git clean " + String.join(" ", sub.texts()) + ")",
                            "git clean -f");
                }
            }
            default -> { }
        }
    }

    private static void push(Call call, Invocation push) {
        boolean force = push.hasOption("-f", "--force", "--force-if-includes", "--mirror")
                || push.texts().stream().anyMatch(t -> t.startsWith("--force-with-lease") || t.startsWith("+")
                        || t.matches("[^-:][^:]*:\\+.*"));
        if (force) {
            call.flag("force-pushes, which can overwrite other people's commits on the remote (git push --force)",
                    "git push --force");
        }
        boolean delete = push.hasOption("-d", "--delete") || push.texts().stream().anyMatch(t -> t.startsWith(":") && t.length() > 1);
        if (delete) call.flag("deletes branches or tags on the remote (git push --delete)", "git push --delete");
    }
}
