package dev.hermod.shell.internal;

import java.util.List;

import dev.hermod.api.agent.RuntimeStatus;

/** How {@code hermod:status} prints the runtime's status. */
final class StatusView {
    private StatusView() {}

    static String format(RuntimeStatus s) {
        StringBuilder text = new StringBuilder();
        field(text, "home", s.home());
        field(text, "primary model", s.primaryModel().isEmpty() ? "none (run `hermod setup`)" : s.primaryModel());
        field(text, "models", names(s.models()));
        field(text, "tools", names(s.tools()));
        field(text, "memory", names(s.memoryProviders()));
        field(text, "gateways", names(s.gateways()));
        field(text, "active sessions", String.valueOf(s.activeSessions()));
        field(text, "turns run", String.valueOf(s.turnsRun()));
        if (s.problems().isEmpty()) {
            field(text, "problems", "none");
        } else {
            field(text, "problems", String.valueOf(s.problems().size()));
            s.problems().forEach(p -> text.append("  ✗ ").append(p).append('\n'));
        }
        return text.toString();
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "0" : names.size() + ": " + TextTable.oneLine(String.join(", ", names), 100);
    }

    private static void field(StringBuilder text, String name, String value) {
        text.append(String.format("%-16s %s%n", name, value));
    }
}
