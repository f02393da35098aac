package dev.hermod.terminal.local.internal.policy;

import java.nio.file.Path;
import java.util.Optional;

import dev.hermod.terminal.local.internal.shell.Word;

/**
 * Deletes of dangerous targets. The rule for {@code rm}, documented in the README:
 * <ul>
 * <li>always flagged: {@code /} or a glob at {@code /}; the home directory or a glob directly in
 *     it; Hermod's etc/ and state.db; ~/.ssh, shell start-up and history files; anything in a
 *     system directory ({@code /etc}, {@code /usr}, {@code /var} ... but not {@code /tmp});
 *     {@code --no-preserve-root};</li>
 * <li>flagged when recursive: a path only known at run time ({@code $DIR}, {@code $(...)}, xargs
 *     input); the working directory or a parent of it ({@code .}, {@code ..}); a glob matching
 *     everything in it ({@code *}); a folder at the top of the home directory; a top-level
 *     directory ({@code /tmp}, {@code /data}); a folder directly in {@code /home}, {@code /opt},
 *     {@code /srv}, {@code /mnt}; a relative path climbing out of the working directory ({@code ../x});</li>
 * <li>not flagged: anything else, in particular relative paths inside the working directory
 *     ({@code rm -rf ./build}, {@code rm -rf node_modules}) and single files.</li>
 * </ul>
 */
final class DeleteRules {

    private DeleteRules() {}

    static void register(RuleBook book) {
        book.add(DeleteRules::rm, "rm");
        book.add(DeleteRules::unlink, "unlink", "shred", "srm", "wipe");
        book.add(DeleteRules::find, "find");
        book.add(DeleteRules::mv, "mv");
    }

    private static void rm(Call call) {
        Options options = Options.parse(call.args(), java.util.Set.of(), false, 0);
        boolean recursive = options.has("-r", "-R", "--recursive");
        boolean force = options.has("-f", "--force");
        String flags = (recursive ? "r" : "") + (force ? "f" : "");
        String command = "rm" + (flags.isEmpty() ? "" : " -" + flags);
        if (options.has("--no-preserve-root")) {
            call.flag("disables rm's protection of / (--no-preserve-root)", "rm --no-preserve-root");
        }
        for (Word word : options.operands()) check(call, word, recursive, command);
    }

    private static void unlink(Call call) {
        for (Word word : Options.parse(call.args(), java.util.Set.of("-n", "-s", "--iterations", "--size"), false, 0).operands()) {
            Target target = call.target(word);
            if (!target.unknown() && call.places().isDevice(target.path())) {
                call.flag("overwrites the device " + target.path() + " (" + call.name() + ")", call.name() + " " + target.path());
            } else {
                check(call, word, false, call.name());
            }
        }
    }

    /** {@code mv} takes its sources away: moving {@code /} or the home directory is as bad as deleting it. */
    private static void mv(Call call) {
        Options options = Options.parse(call.args(), java.util.Set.of("-t", "--target-directory", "-S", "--suffix"), false, 0);
        var operands = options.operands();
        int sources = options.value("-t", "--target-directory").isPresent() ? operands.size() : operands.size() - 1;
        for (int i = 0; i < sources; i++) {
            Target target = call.target(operands.get(i));
            danger(call, target, false).ifPresent(why -> call.flag("moves away " + why + " (mv " + target.written() + ")",
                    "mv " + target.written()));
        }
    }

    /** Flags {@code word} as a delete target when it is dangerous. */
    static void check(Call call, Word word, boolean recursive, String command) {
        check(call, word, recursive, command, command + " " + word.text());
    }

    /** Flags {@code word} as a delete target when it is dangerous; {@code pattern} is the approval key. */
    static void check(Call call, Word word, boolean recursive, String command, String pattern) {
        Target target = call.target(word);
        danger(call, target, recursive).ifPresent(why -> call.flag(
                (recursive ? "deletes recursively " : "deletes ") + why + " (" + pattern + ")", pattern));
    }

    /** Why deleting {@code target} is dangerous, or empty when it is not. */
    static Optional<String> danger(Call call, Target target, boolean recursive) {
        Places places = call.places();
        if (target.unknown()) {
            return recursive ? Optional.of("a path only known at run time") : Optional.empty();
        }
        Path path = target.effective();
        boolean whole = !target.glob() || target.everything(); // all of path goes, not just some entries
        if (places.isRoot(path)) return Optional.of("everything under /");
        if (places.isHome(path) && whole) {
            return Optional.of(target.glob() ? "everything in your home directory" : "your home directory");
        }
        Optional<String> own = places.hermodFile(target.path()).or(() -> places.accountFile(target.path()));
        if (own.isPresent()) return own;
        if (recursive && places.containsWorkingDirectory(target.path())) {
            return Optional.of("the working directory or a directory above it");
        }
        if (recursive && target.everything() && places.containsWorkingDirectory(target.base())) {
            return Optional.of("everything in the working directory");
        }
        if (recursive && whole && places.isHomeTopLevel(path)) {
            return Optional.of("a whole folder at the top of your home directory");
        }
        if (places.inWorkspace(target.path())) return Optional.empty();
        Optional<Path> system = places.systemDirectory(path);
        if (system.isPresent()) return Optional.of("files in the system directory " + system.get());
        if (!recursive) return Optional.empty();
        if (whole && path.getNameCount() == 1) return Optional.of("the top-level directory " + path);
        if (whole && places.isSharedTopLevel(path)) return Optional.of("the shared directory " + path);
        if (target.escapes()) return Optional.of("a path outside the working directory");
        return Optional.empty();
    }

    /**
     * {@code find START ... -delete} deletes matches below START: everything when no test narrows
     * it down, else some entries. {@code -exec CMD {} ;} runs CMD on such entries.
     */
    private static void find(Call call) {
        var args = call.args();
        int firstExpression = 0;
        while (firstExpression < args.size() && !isExpression(args.get(firstExpression).text())) firstExpression++;
        var expression = args.subList(firstExpression, args.size());
        boolean selective = expression.stream().anyMatch(w -> FIND_TESTS.contains(w.text()));
        var starts = firstExpression == 0 ? java.util.List.of(Word.literal(".")) : args.subList(0, firstExpression);
        for (Word start : starts) {
            if (expression.stream().anyMatch(w -> w.text().equals("-delete"))) {
                Target below = below(call.target(start), selective);
                danger(call, below, true).ifPresent(why -> call.flag("deletes recursively " + why + " (find "
                        + start.text() + " -delete)", "find " + start.text() + " -delete"));
            }
            FindExec.run(call, expression, FindExec.entryOf(start, selective));
        }
    }

    /** What a find below {@code start} reaches: its whole content, or some entries of it. */
    private static Target below(Target start, boolean selective) {
        if (start.unknown()) return start;
        return new Target(start.written(), start.path().resolve("*"), start.path(), true, !selective,
                start.escapes(), start.relative());
    }

    private static final java.util.Set<String> FIND_TESTS = java.util.Set.of("-name", "-iname", "-path", "-ipath",
            "-wholename", "-iwholename", "-regex", "-iregex", "-type", "-mtime", "-mmin", "-atime", "-amin", "-ctime",
            "-cmin", "-newer", "-size", "-empty", "-user", "-group", "-perm", "-links", "-inum", "-samefile", "-lname",
            "-ilname", "-uid", "-gid", "-nouser", "-nogroup", "-executable", "-readable", "-writable");

    private static boolean isExpression(String text) {
        return text.startsWith("-") || text.equals("(") || text.equals("!") || text.equals(")");
    }
}
