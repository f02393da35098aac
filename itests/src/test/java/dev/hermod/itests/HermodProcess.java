package dev.hermod.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the built {@code bin/hermod} as a separate process, as a person would from a shell. */
final class HermodProcess implements AutoCloseable {
    final Process process;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private HermodProcess(Process process) {
        this.process = process;
        pump(process.getInputStream(), out);
        pump(process.getErrorStream(), err);
    }

    static HermodProcess start(Path home, Map<String, String> env, List<String> args) throws IOException {
        List<String> command = new java.util.ArrayList<>();
        command.add(HermodContainer.dist().resolve("bin/hermod").toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(k -> k.startsWith("OPENAI_") || k.startsWith("HERMOD_"));
        pb.environment().put("HERMOD_HOME", home.toString());
        pb.environment().putAll(env);
        pb.directory(home.toFile());
        return new HermodProcess(pb.start());
    }

    /** Runs to the end with the given standard input; returns the exit code. */
    static Result run(Path home, Map<String, String> env, String stdin, Duration timeout, String... args) throws Exception {
        try (HermodProcess p = start(home, env, List.of(args))) {
            p.process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            p.process.getOutputStream().close();
            if (!p.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("hermod " + String.join(" ", args) + " did not finish in " + timeout
                        + "\nstdout: " + p.stdout() + "\nstderr: " + p.stderr());
            }
            p.process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return new Result(p.process.exitValue(), p.stdout(), p.stderr());
        }
    }

    record Result(int exitCode, String stdout, String stderr) {
        @Override public String toString() { return "exit " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr; }
    }

    synchronized String stdout() { return out.toString(StandardCharsets.UTF_8); }

    synchronized String stderr() { return err.toString(StandardCharsets.UTF_8); }

    private void pump(InputStream in, ByteArrayOutputStream sink) {
        Thread.ofVirtual().start(() -> {
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) > 0; ) {
                    synchronized (this) {
                        sink.write(buf, 0, n);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        });
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static void uncheckedDelete(Path p) {
        try {
            java.nio.file.Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
