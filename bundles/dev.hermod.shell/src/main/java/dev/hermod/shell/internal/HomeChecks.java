package dev.hermod.shell.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Checks the Hermod home: it exists and is writable, its folders exist, state.db is writable. */
final class HomeChecks {
    private HomeChecks() {}

    static List<Check> check(Path home) {
        List<Check> checks = new ArrayList<>();
        if (!Files.isDirectory(home)) {
            checks.add(Check.fail("home " + home + " does not exist: create it (mkdir -p " + home + ") or set HERMOD_HOME"));
            return checks;
        }
        checks.add(Files.isWritable(home) ? Check.ok("home " + home + " is writable")
                : Check.fail("home " + home + " is not writable by this user: fix its owner or permissions"));
        for (String folder : List.of("etc", "plugins")) {
            Path dir = home.resolve(folder);
            checks.add(Files.isDirectory(dir) ? Check.ok(folder + "/ exists")
                    : Check.fail(folder + "/ is missing, so FileInstall does not watch it: mkdir -p " + dir));
        }
        Path db = home.resolve("state.db");
        if (!Files.exists(db)) {
            checks.add(Check.info("state.db not created yet (the session store creates it on first use)"));
        } else {
            checks.add(Files.isWritable(db) ? Check.ok("state.db is writable")
                    : Check.fail("state.db is not writable by this user: fix its owner or permissions (" + db + ")"));
        }
        if (Files.exists(home.resolve("run/shell.sock"))) {
            checks.add(Check.info("run/shell.sock exists: a gateway serves the shell (hermod shell attaches to it)"));
        }
        return checks;
    }
}
