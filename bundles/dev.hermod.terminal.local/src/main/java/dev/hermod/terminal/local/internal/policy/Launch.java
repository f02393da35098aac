package dev.hermod.terminal.local.internal.policy;

import dev.hermod.terminal.local.internal.shell.Word;

/**
 * Where an interpreter takes its program from.
 *
 * @param code the program given on the command line ({@code -c}, {@code -e}), or {@code null}
 * @param script the program file, or {@code null}
 * @param stdin whether it reads the program from standard input
 */
record Launch(Word code, Word script, boolean stdin) {}
