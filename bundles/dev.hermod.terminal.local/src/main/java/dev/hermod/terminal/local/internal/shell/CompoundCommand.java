package dev.hermod.terminal.local.internal.shell;

import java.util.List;

/**
 * A subshell {@code ( ... )}, a group {@code { ...; }} or a {@code case} statement, with the
 * redirections applied to all of it.
 */
public record CompoundCommand(Script body, boolean subshell, List<Redirect> redirects) implements Command {
    public CompoundCommand { redirects = List.copyOf(redirects); }
}
