package dev.hermod.terminal.local.internal.policy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.hermod.terminal.local.internal.shell.Word;

/**
 * Writes to places whose change outlives the command: system directories, raw devices, shell
 * start-up files, ~/.ssh, shell history, and Hermod's own configuration and state. Writes inside
 * the working directory and to paths only known at run time are not flagged.
 */
final class WriteRules {

    private WriteRules() {}

    static void register(RuleBook book) {
        book.add(call -> each(call, Set.of(), "writes into"), "tee");
        book.add(call -> each(call, Set.of("-s", "--size", "-r", "--reference"), "truncates"), "truncate");
        book.add(WriteRules::copy, "cp", "mv", "install", "ln", "rsync", "scp");
        book.add(WriteRules::dd, "dd");
        book.add(WriteRules::inPlace, "sed", "perl", "ruby");
        book.add(WriteRules::sqlite, "sqlite3", "sqlite");
    }

    /** Flags a write to {@code target} when it lands somewhere protected. */
    static void written(Target target, String verb, Analysis analysis) {
        if (target.unknown()) return;
        Places places = analysis.places();
        Path path = target.path();
        Optional<String> why = places.hermodFile(path).or(() -> places.accountFile(path));
        if (why.isEmpty() && places.isDevice(path)) why = Optional.of("the device " + path + " (raw disk or hardware)");
        if (why.isEmpty() && !path.startsWith("/dev") && !places.inWorkspace(path)) {
            why = places.systemDirectory(path).map(d -> "the system directory " + d);
        }
        why.ifPresent(w -> analysis.flag(verb + " " + w + (w.contains(target.written()) ? "" : " (" + target.written() + ")"),
                "write " + target.written()));
    }

    private static void each(Call call, Set<String> valued, String verb) {
        for (Word word : Options.parse(call.args(), valued, false, 0).operands()) {
            written(call.target(word), verb, call.analysis());
        }
    }

    private static void copy(Call call) {
        Options options = Options.parse(call.args(), Set.of("-t", "--target-directory", "-S", "--suffix", "-m",
                "--mode", "-o", "--owner", "-g", "--group", "-e", "--rsh", "-P", "-i"), false, 0);
        Optional<Word> directory = options.value("-t", "--target-directory");
        List<Word> operands = options.operands();
        Word destination = directory.orElse(operands.size() >= 2 ? operands.getLast() : null);
        if (destination != null) written(call.target(destination), "writes into", call.analysis());
    }

    private static void dd(Call call) {
        for (String text : call.texts()) {
            if (!text.startsWith("of=")) continue;
            Target target = call.places().target(Word.literal(text.substring(3)), call.cwd());
            if (!target.unknown() && call.places().isDevice(target.path())) {
                call.flag("writes raw data over the device " + target.path() + " (dd)", "dd of=" + target.path());
            } else {
                written(target, "writes into", call.analysis());
            }
        }
    }

    private static void inPlace(Call call) {
        Invocation invocation = call.invocation();
        boolean inPlace = invocation.hasOption("-i") || invocation.texts().stream().anyMatch(t -> t.startsWith("--in-place"));
        if (!inPlace) return;
        Options options = Options.parse(call.args(), Set.of("-e", "--expression", "-f", "--file", "-E", "-I", "-M"), false, 0);
        for (Word word : options.operands()) written(call.target(word), "edits", call.analysis());
    }

    private static void sqlite(Call call) {
        for (Word word : call.args()) {
            Target target = call.target(word);
            if (!target.unknown() && call.places().hermodFile(target.path()).isPresent()) {
                call.flag("opens " + call.places().hermodFile(target.path()).get() + " with " + call.name(),
                        call.name() + " " + target.written());
            }
        }
    }
}
