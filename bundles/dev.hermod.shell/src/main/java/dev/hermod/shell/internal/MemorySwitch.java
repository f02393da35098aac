package dev.hermod.shell.internal;

import java.nio.file.Path;
import java.util.List;

/** The text of {@code hermod:memory providers} and {@code hermod:memory switch}. */
final class MemorySwitch {
    private MemorySwitch() {}

    static String providers(List<String> registered, String active) {
        StringBuilder out = new StringBuilder();
        for (String name : registered) {
            String role = name.equals("builtin") ? "always on" : name.equals(active) ? "in use" : "installed, not used";
            out.append(String.format("%-14s %s%n", name, role));
        }
        if (!active.isEmpty() && !registered.contains(active)) {
            out.append(String.format("%-14s configured but NOT AVAILABLE: sessions use the built-in memory only%n", active));
        }
        if (registered.isEmpty()) out.append("no memory providers registered\n");
        return out.toString();
    }

    static String switched(String chosen, List<String> registered, Path file) {
        if (chosen.isEmpty()) return "memory: built-in only (written to " + file + "); new sessions use it\n";
        String note = registered.contains(chosen) ? ""
                : "\nwarning: no provider named '" + chosen + "' is registered now; until its bundle is installed and"
                        + " configured, sessions use the built-in memory only and status reports it";
        return "memory: built-in + " + chosen + " (written to " + file + "); new sessions use it" + note + "\n";
    }
}
