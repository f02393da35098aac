package dev.hermod.terminal.local.internal.policy;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.hermod.terminal.local.internal.shell.Word;

/** {@code chmod}, {@code chown}, {@code chgrp}: on /, the home directory, system directories, or setting setuid. */
final class PermissionRules {

    private static final Pattern SETUID = Pattern.compile(".*[+=][rwxXtugo]*s.*");
    private static final Pattern OPTION = Pattern.compile("-[cfvRHLP]+|--.*");

    private PermissionRules() {}

    static void register(RuleBook book) {
        book.add(PermissionRules::change, "chmod", "chown", "chgrp");
    }

    private static void change(Call call) {
        boolean recursive = false;
        Word first = null;
        java.util.List<Word> targets = new java.util.ArrayList<>();
        for (Word word : call.args()) {
            String text = word.text();
            if (first == null && OPTION.matcher(text).matches()) {
                recursive |= text.equals("--recursive") || (!text.startsWith("--") && text.contains("R"));
            } else if (first == null && !text.startsWith("--reference")) {
                first = word;
            } else {
                targets.add(word);
            }
        }
        if (first == null) return;
        String command = call.name() + (recursive ? " -R " : " ") + first.text();
        if (call.name().equals("chmod") && setsSetuid(first.text())) {
            call.flag("sets the setuid/setgid bit, letting the program run with its owner's rights (" + command + ")",
                    command);
        }
        String what = (call.name().equals("chmod") ? "permissions" : "ownership") + (recursive ? " recursively" : "");
        for (Word word : targets) {
            Target target = call.target(word);
            danger(call, target, recursive).ifPresent(why -> call.flag("changes " + what + " of " + why
                    + " (" + command + " " + target.written() + ")", command + " " + target.written()));
        }
    }

    private static Optional<String> danger(Call call, Target target, boolean recursive) {
        Places places = call.places();
        if (target.unknown()) return Optional.empty();
        Path path = target.effective();
        if (places.isRoot(path)) return Optional.of("everything under /");
        if (places.isHome(path)) return Optional.of("your home directory");
        Optional<String> own = places.hermodFile(target.path()).or(() -> places.accountFile(target.path()));
        if (own.isPresent()) return own;
        if (places.inWorkspace(target.path())) return Optional.empty();
        Optional<Path> system = places.systemDirectory(path);
        if (system.isPresent()) return Optional.of("the system directory " + system.get());
        if (recursive && path.getNameCount() == 1) return Optional.of("the top-level directory " + path);
        return Optional.empty();
    }

    private static boolean setsSetuid(String mode) {
        if (mode.matches("[0-7]{4,}")) return ((mode.charAt(mode.length() - 4) - '0') & 6) != 0;
        return SETUID.matcher(mode).matches();
    }
}
