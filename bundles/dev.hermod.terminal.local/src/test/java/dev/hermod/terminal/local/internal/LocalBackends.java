package dev.hermod.terminal.local.internal;

import java.util.Map;

import dev.hermod.api.terminal.TerminalBackend;

/** A local backend over a given host environment, for tests in other packages. */
public final class LocalBackends {

    private LocalBackends() {}

    public static TerminalBackend withEnvironment(Map<String, String> environment) {
        return new LocalTerminalBackend(TestConfigs.local(), () -> environment);
    }
}
