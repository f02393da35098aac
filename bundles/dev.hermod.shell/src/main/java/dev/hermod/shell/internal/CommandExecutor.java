package dev.hermod.shell.internal;

/** Runs shell command lines one at a time: a Gogo session in this process, or the running gateway's. */
interface CommandExecutor extends AutoCloseable {

    /**
     * What a command printed and returned.
     *
     * @param output its output and formatted result, lines separated by \n
     * @param error the failure message, or null when it succeeded
     */
    record Outcome(String output, String error) {
        boolean ok() { return error == null; }
    }

    Outcome execute(String line);

    @Override
    void close();
}
