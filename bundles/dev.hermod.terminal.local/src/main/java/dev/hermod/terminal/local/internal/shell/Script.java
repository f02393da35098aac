package dev.hermod.terminal.local.internal.shell;

import java.util.List;

/** A command list: pipelines separated by {@code ;}, {@code &}, {@code &&}, {@code ||} or newlines. */
public record Script(List<Pipeline> pipelines) {
    public Script { pipelines = List.copyOf(pipelines); }
}
