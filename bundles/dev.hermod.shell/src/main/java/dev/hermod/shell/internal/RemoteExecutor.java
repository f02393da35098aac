package dev.hermod.shell.internal;

import java.io.IOException;

/** Runs commands in the running gateway's shell, over its socket. */
final class RemoteExecutor implements CommandExecutor {
    private final ShellSocketClient client;
    private boolean lost;

    RemoteExecutor(ShellSocketClient client) {
        this.client = client;
    }

    @Override
    public Outcome execute(String line) {
        if (lost) return new Outcome("", "the connection to the running gateway is closed");
        try {
            ShellSocketClient.Reply reply = client.send(line);
            return new Outcome(reply.output(), reply.error());
        } catch (IOException e) {
            lost = true;
            return new Outcome("", "lost the connection to the running gateway: " + e.getMessage());
        }
    }

    /** True once the gateway went away. */
    boolean lost() {
        return lost;
    }

    @Override
    public void close() {
        client.close();
    }
}
