package dev.hermod.terminal.local.internal.policy;

import java.nio.file.Path;
import java.util.List;

import dev.hermod.terminal.local.internal.shell.Word;

/** Follows {@code cd}, {@code pushd} and {@code popd}, so that later relative paths resolve correctly. */
final class Directories {

    private Directories() {}

    static void follow(Invocation invocation, Cwd cwd, Places places) {
        switch (invocation.name()) {
            case "cd", "pushd" -> cwd.path = target(invocation.args(), cwd.path, places);
            case "popd" -> cwd.path = null;
            default -> { }
        }
    }

    private static Path target(List<Word> args, Path cwd, Places places) {
        List<Word> operands = args.stream().filter(w -> !w.text().startsWith("-") || w.text().equals("-")).toList();
        if (operands.isEmpty()) return places.home;
        Word word = operands.getFirst();
        if (word.text().equals("-")) return null;
        Target target = places.target(word, cwd);
        return target.glob() ? null : target.path();
    }
}
