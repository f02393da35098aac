package dev.hermod.terminal.local.internal.shell;

/** One element of a pipeline. */
public sealed interface Command permits SimpleCommand, CompoundCommand, FunctionDefinition {}
