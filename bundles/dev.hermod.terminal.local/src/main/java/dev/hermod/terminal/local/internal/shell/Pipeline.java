package dev.hermod.terminal.local.internal.shell;

import java.util.List;

/**
 * Commands joined by {@code |} or {@code |&}.
 *
 * @param background true when the pipeline was followed by {@code &}
 */
public record Pipeline(List<Command> commands, boolean background) {
    public Pipeline { commands = List.copyOf(commands); }
}
