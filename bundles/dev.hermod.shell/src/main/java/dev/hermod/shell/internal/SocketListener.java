package dev.hermod.shell.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.System.Logger.Level;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The server side of the shell socket (protocol in {@link ShellSocketClient}): an owner-only Unix
 * domain socket, one command session per connection, each on its own virtual thread.
 */
final class SocketListener implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SocketListener.class.getName());
    private static final int MAX_LINE = 64 * 1024;

    private final Path socket;
    private final Supplier<CommandExecutor> executors;
    private final Set<SocketChannel> connections = ConcurrentHashMap.newKeySet();
    private ServerSocketChannel server;
    private Thread acceptor;
    private volatile boolean closed;

    SocketListener(Path socket, Supplier<CommandExecutor> executors) {
        this.socket = socket;
        this.executors = executors;
    }

    /**
     * Binds the socket: creates its folder 0700, removes a stale socket, refuses when a live
     * server holds it, makes the socket 0600, and starts accepting.
     *
     * @throws IllegalStateException when another live process serves this socket
     */
    synchronized void start() throws IOException {
        OwnerOnly.directory(socket.getParent());
        if (Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            Optional<ShellSocketClient> live = ShellSocketClient.connect(socket);
            if (live.isPresent()) {
                live.get().close();
                throw new IllegalStateException("another Hermod process is serving the shell at " + socket
                        + "; stop it first (two gateways on one home would also share its state)");
            }
            LOG.log(Level.INFO, "removing the stale shell socket {0}", socket);
            Files.delete(socket);
        }
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        OwnerOnly.file(socket);
        ServerSocketChannel bound = server; // the thread gets its own reference: close() may clear the field first
        acceptor = Thread.ofPlatform().daemon().name("hermod-shell-socket").start(() -> accept(bound));
    }

    private void accept(ServerSocketChannel s) {
        while (s.isOpen()) {
            try {
                SocketChannel channel = s.accept();
                connections.add(channel);
                if (closed) { // close() may have swept the connections before this one was added
                    channel.close();
                    return;
                }
                Thread.ofVirtual().name("hermod-shell-session").start(() -> serve(channel));
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                LOG.log(Level.WARNING, "shell socket accept failed", e);
            }
        }
    }

    private void serve(SocketChannel channel) {
        try (channel; CommandExecutor executor = executors.get();
             BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
             Writer out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                CommandExecutor.Outcome outcome = line.length() > MAX_LINE
                        ? new CommandExecutor.Outcome("", "the command line is longer than " + MAX_LINE + " characters")
                        : line.isBlank() ? new CommandExecutor.Outcome("", null) : executor.execute(line);
                reply(out, outcome);
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "shell session ended: {0}", e.getMessage());
        } finally {
            connections.remove(channel);
        }
    }

    /** Writes one answer: the output lines, stuffed, then the status line. */
    static void reply(Writer out, CommandExecutor.Outcome outcome) throws IOException {
        String output = outcome.output();
        if (!output.isEmpty()) {
            String body = output.endsWith("\n") ? output.substring(0, output.length() - 1) : output;
            for (String line : body.split("\r?\n", -1)) out.write(ShellSocketClient.stuff(line) + "\n");
        }
        String error = outcome.error() == null ? null : outcome.error().replaceAll("[\r\n]+", " ");
        out.write(error == null ? ShellSocketClient.OK + "\n" : ShellSocketClient.FAILED + error + "\n");
        out.flush();
    }

    /** Stops accepting, ends every session and deletes the socket. */
    @Override
    public synchronized void close() {
        closed = true;
        try {
            if (server != null) server.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing the shell socket", e);
        }
        for (SocketChannel c : connections) {
            try {
                c.close();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing a shell session", e);
            }
        }
        try {
            if (server != null) Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete the shell socket " + socket, e);
        }
        server = null;
        if (acceptor != null) acceptor.interrupt();
    }
}
