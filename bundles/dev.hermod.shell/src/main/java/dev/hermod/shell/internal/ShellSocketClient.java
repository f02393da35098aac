package dev.hermod.shell.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The client side of the shell socket protocol. Depends on the JDK only, so that a launcher can
 * copy it and talk to a running gateway without starting a framework.
 *
 * <p>Protocol (UTF-8, lines end with \n): the client sends one command line; the server answers
 * with the command's output lines, each "dot-stuffed" (a line that starts with "." is sent with
 * one more "." in front), then one status line: {@code .0} when the command succeeded, or
 * {@code .1 <message>} when it failed. One connection is one shell session; requests go one at a
 * time; closing the connection ends the session.
 */
public final class ShellSocketClient implements AutoCloseable {
    /** The status line of a command that succeeded. */
    public static final String OK = ".0";
    /** The start of the status line of a command that failed; the message follows. */
    public static final String FAILED = ".1 ";

    /**
     * A command's answer.
     *
     * @param lines the output lines, un-stuffed
     * @param error the failure message, or null when the command succeeded
     */
    public record Reply(List<String> lines, String error) {
        public boolean ok() { return error == null; }

        /** The output lines joined with \n, ending with \n when there is any. */
        public String output() { return lines.isEmpty() ? "" : String.join("\n", lines) + "\n"; }
    }

    private final SocketChannel channel;
    private final BufferedReader in;
    private final Writer out;

    private ShellSocketClient(SocketChannel channel) {
        this.channel = channel;
        this.in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
        this.out = new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8);
    }

    /** A connection to the server at {@code socket}, or empty when no live server listens there. */
    public static Optional<ShellSocketClient> connect(Path socket) {
        if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        try {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
                return Optional.of(new ShellSocketClient(channel));
            } catch (IOException e) {
                channel.close();
                return Optional.empty();
            }
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** Sends one command line (it must not contain a line break) and reads the whole answer. */
    public Reply send(String commandLine) throws IOException {
        if (commandLine.indexOf('\n') >= 0 || commandLine.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a command line cannot contain a line break");
        }
        out.write(commandLine + "\n");
        out.flush();
        List<String> lines = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.equals(OK)) return new Reply(lines, null);
            if (line.startsWith(FAILED)) return new Reply(lines, line.substring(FAILED.length()));
            lines.add(unstuff(line));
        }
        throw new IOException("the server closed the connection before answering");
    }

    /** An output line as sent: a leading "." is doubled. */
    public static String stuff(String line) {
        return line.startsWith(".") ? "." + line : line;
    }

    /** An output line as received, back to what was printed. */
    public static String unstuff(String line) {
        return line.startsWith("..") ? line.substring(1) : line;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
