package dev.hermod.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SocketProtocolTest {
    @TempDir Path home;
    final List<String> executed = new CopyOnWriteArrayList<>();
    final AtomicInteger sessions = new AtomicInteger();
    SocketListener listener;

    /** Echoes the command; "fail" fails; "dots" prints lines that look like protocol lines. */
    final class FakeExecutor implements CommandExecutor {
        final int session = sessions.incrementAndGet();

        @Override
        public Outcome execute(String line) {
            executed.add(session + ":" + line);
            return switch (line) {
                case "fail" -> new Outcome("partial output\n", "Command not found: fail");
                case "dots" -> new Outcome(".0\n.1 not an error\n..two\n\nlast\n", null);
                case "quiet" -> new Outcome("", null);
                default -> new Outcome("you said " + line + "\n", null);
            };
        }

        @Override public void close() {}
    }

    private Path socket() {
        return home.resolve("run/shell.sock");
    }

    private SocketListener start() throws Exception {
        listener = new SocketListener(socket(), FakeExecutor::new);
        listener.start();
        return listener;
    }

    @AfterEach
    void stop() {
        if (listener != null) listener.close();
    }

    @Test
    void commandsRoundTripWithOutputAndStatus() throws Exception {
        start();
        try (ShellSocketClient client = ShellSocketClient.connect(socket()).orElseThrow()) {
            ShellSocketClient.Reply hello = client.send("hermod:status");
            assertTrue(hello.ok());
            assertEquals("you said hermod:status\n", hello.output());
            ShellSocketClient.Reply fail = client.send("fail");
            assertEquals("Command not found: fail", fail.error());
            assertEquals(List.of("partial output"), fail.lines());
            assertEquals(List.of(), client.send("quiet").lines());
        }
        assertEquals(List.of("1:hermod:status", "1:fail", "1:quiet"), executed, "one connection is one session");
    }

    @Test
    void outputThatLooksLikeProtocolSurvives() throws Exception {
        start();
        try (ShellSocketClient client = ShellSocketClient.connect(socket()).orElseThrow()) {
            ShellSocketClient.Reply reply = client.send("dots");
            assertNull(reply.error());
            assertEquals(".0\n.1 not an error\n..two\n\nlast\n", reply.output());
        }
    }

    @Test
    void eachConnectionGetsItsOwnSession() throws Exception {
        start();
        try (ShellSocketClient a = ShellSocketClient.connect(socket()).orElseThrow();
             ShellSocketClient b = ShellSocketClient.connect(socket()).orElseThrow()) {
            a.send("x");
            b.send("y");
        }
        assertTrue(executed.containsAll(List.of("1:x", "2:y")) || executed.containsAll(List.of("2:x", "1:y")), executed.toString());
    }

    @Test
    void folderAndSocketAreOwnerOnly() throws Exception {
        Files.createDirectories(home.resolve("run"));
        Files.setPosixFilePermissions(home.resolve("run"), PosixFilePermissions.fromString("rwxr-xr-x"));
        start();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("run"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket())));
    }

    @Test
    void aStaleSocketIsRemovedAndALiveOneRefused() throws Exception {
        Files.createDirectories(home.resolve("run"));
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(socket()));
        }
        assertTrue(Files.exists(socket()), "a crashed process leaves its socket file behind");
        assertTrue(ShellSocketClient.connect(socket()).isEmpty(), "nobody answers on a stale socket");
        start();
        try (ShellSocketClient client = ShellSocketClient.connect(socket()).orElseThrow()) {
            assertTrue(client.send("x").ok());
        }
        SocketListener second = new SocketListener(socket(), FakeExecutor::new);
        IllegalStateException refused = assertThrows(IllegalStateException.class, second::start);
        assertTrue(refused.getMessage().contains("another Hermod process is serving the shell"));
        assertTrue(Files.exists(socket()), "the refused server leaves the live socket alone");
    }

    @Test
    void closingDeletesTheSocketAndEndsSessions() throws Exception {
        start();
        ShellSocketClient client = ShellSocketClient.connect(socket()).orElseThrow();
        assertTrue(client.send("hermod:status").ok(), "the session is established before the server closes");
        listener.close();
        assertFalse(Files.exists(socket()));
        assertThrows(java.io.IOException.class, () -> client.send("x"));
        client.close();
        assertTrue(ShellSocketClient.connect(socket()).isEmpty());
    }

    @Test
    void replyEncodingStuffsDotsAndFlattensErrors() throws Exception {
        StringWriter out = new StringWriter();
        SocketListener.reply(out, new CommandExecutor.Outcome(".hidden\nplain\n", "line one\nline two"));
        assertEquals("..hidden\nplain\n.1 line one line two\n", out.toString());
        assertEquals(".x", ShellSocketClient.unstuff(ShellSocketClient.stuff(".x")));
    }
}
