package dev.hermod.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

class ShellReplTest {
    final List<String> ran = new ArrayList<>();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final CommandExecutor executor = new CommandExecutor() {
        @Override
        public Outcome execute(String line) {
            ran.add(line);
            return line.startsWith("bad") ? new Outcome("", "Command not found: " + line) : new Outcome(line.toUpperCase() + "\n", null);
        }

        @Override public void close() {}
    };

    private int repl(String... lines) {
        Deque<String> input = new ArrayDeque<>(Arrays.asList(lines));
        return new ShellRepl(prompt -> input.pollFirst(), new PrintWriter(out), new PrintWriter(err), executor).run();
    }

    @Test
    void runsLinesUntilExitAndPrintsOutputAndErrors() {
        assertEquals(0, repl("status", "", "  ", "bad cmd", "tools", "exit", "never"));
        assertEquals(List.of("status", "bad cmd", "tools"), ran);
        assertEquals("STATUS\nTOOLS\n", out.toString());
        assertEquals("Command not found: bad cmd" + System.lineSeparator(), err.toString());
    }

    @Test
    void endOfInputLeaves() {
        assertEquals(0, repl("status"));
        assertEquals(List.of("status"), ran);
    }

    @Test
    void oneCommandExitsZeroOrOne() {
        assertEquals(0, ShellRepl.once(executor, "doctor", new PrintWriter(out), new PrintWriter(err)));
        assertEquals(1, ShellRepl.once(executor, "bad", new PrintWriter(out), new PrintWriter(err)));
        assertTrue(err.toString().contains("Command not found: bad"));
    }

    @Test
    void argumentsAreParsed() {
        assertEquals("hermod:sessions 5", ShellArgs.parse("-c", "hermod:sessions 5").command());
        assertTrue(ShellArgs.parse("--help").help());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ShellArgs.parse("status")).getMessage()
                .contains("hermod shell -c \"status\""));
        assertThrows(IllegalArgumentException.class, () -> ShellArgs.parse("-c"));
    }
}
