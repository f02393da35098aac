package dev.hermod.shell.internal;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;

/**
 * One Gogo session whose output is captured per command, so that the same executor serves the
 * terminal and the socket. Variables set in the session live until it is closed.
 */
final class GogoExecutor implements CommandExecutor {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(captured, true, StandardCharsets.UTF_8);
    private final CommandSession session;

    GogoExecutor(CommandProcessor processor) {
        this.session = processor.createSession(InputStream.nullInputStream(), stream, stream);
    }

    @Override
    public synchronized Outcome execute(String line) {
        try {
            Object result = session.execute(line);
            if (result != null) {
                String text = String.valueOf(session.format(result, Converter.INSPECT));
                stream.print(text.endsWith("\n") ? text : text + "\n");
            }
            return new Outcome(drain(), null);
        } catch (Exception e) {
            return new Outcome(drain(), message(e));
        }
    }

    private String drain() {
        stream.flush();
        String text = captured.toString(StandardCharsets.UTF_8);
        captured.reset();
        return text;
    }

    static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    @Override
    public synchronized void close() {
        session.close();
    }
}
