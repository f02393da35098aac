package dev.hermod.testing.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import dev.hermod.testing.model.internal.ChatCompletionsHandler;
import dev.hermod.testing.model.internal.LaunchOptions;
import dev.hermod.testing.model.internal.RequestLog;
import dev.hermod.testing.model.internal.Script;
import dev.hermod.testing.model.internal.ScriptFile;

/**
 * An OpenAI-compatible chat-completions server on 127.0.0.1 that plays a script of
 * {@link Reply replies} in order and records every request. Thread-safe: replies may be enqueued
 * while requests are served; each request takes the next reply.
 *
 * <pre>{@code
 * try (ScriptedModelServer server = ScriptedModelServer.start()) {
 *     server.enqueue(Reply.toolCall("terminal", "{\"command\":\"echo hi\"}"), Reply.text("done"));
 *     // point the client at server.baseUrl() ...
 *     RecordedRequest second = server.awaitRequests(2, Duration.ofSeconds(5)).get(1);
 * }
 * }</pre>
 *
 * <p>When the script is empty, a request gets the {@link #whenEmpty when-empty} reply if one is
 * set, else HTTP 500 with the message "script exhausted". Run {@link #main} to use it from another
 * process.
 */
public final class ScriptedModelServer implements AutoCloseable {

    /** The model id served when the request names none and by {@code GET /v1/models}. */
    public static final String DEFAULT_MODEL = "scripted-model";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Script script = new Script();
    private final RequestLog log;
    private volatile String requiredApiKey;

    private ScriptedModelServer(int port, Path recordFile, String modelId) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        this.log = new RequestLog(mapper, recordFile);
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        this.server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
        server.setExecutor(executor);
        server.createContext("/", new ChatCompletionsHandler(script, log, mapper, modelId, () -> requiredApiKey));
        server.start();
    }

    /** Starts a server on a free port of 127.0.0.1. */
    public static ScriptedModelServer start() throws IOException {
        return start(0, null, DEFAULT_MODEL);
    }

    /**
     * Starts a server.
     *
     * @param port the port on 127.0.0.1, or 0 for a free one
     * @param recordFile a JSON Lines file to record every request to (authorization redacted), or {@code null}
     * @param modelId the model id to answer with when a request names none
     */
    public static ScriptedModelServer start(int port, Path recordFile, String modelId) throws IOException {
        return new ScriptedModelServer(port, recordFile, modelId == null ? DEFAULT_MODEL : modelId);
    }

    /** Appends replies to the script; returns this server. */
    public ScriptedModelServer enqueue(Reply... replies) {
        for (Reply reply : replies) script.enqueue(reply);
        return this;
    }

    /** Sets the reply for requests that find the script empty ({@code null}: "script exhausted" error). */
    public ScriptedModelServer whenEmpty(Reply reply) {
        script.whenEmpty(reply);
        return this;
    }

    /** Requires {@code Authorization: Bearer <apiKey>} on chat requests (401 otherwise); {@code null} accepts any. */
    public ScriptedModelServer requireApiKey(String apiKey) {
        requiredApiKey = apiKey;
        return this;
    }

    /** The base URL for OpenAI clients, {@code http://127.0.0.1:<port>/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The enqueued replies not yet played. */
    public int pendingReplies() {
        return script.pending();
    }

    /** Every request received so far, in arrival order. */
    public List<RecordedRequest> requests() {
        return log.snapshot();
    }

    /**
     * Waits until at least {@code count} requests have arrived.
     *
     * @return every request received, at least {@code count}
     * @throws IllegalStateException if fewer arrived within {@code timeout}
     */
    public List<RecordedRequest> awaitRequests(int count, Duration timeout) throws InterruptedException {
        return log.await(count, timeout);
    }

    /** Stops the server at once, dropping open connections and pending delays. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            log.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "ScriptedModelServer[" + baseUrl() + "]";
    }

    /**
     * Runs the server stand-alone until the process is stopped:
     * {@code --script file.json --port N --record requests.jsonl}; prints {@code READY <baseUrl>}.
     */
    public static void main(String[] args) throws IOException {
        LaunchOptions options;
        ScriptFile scriptFile;
        ObjectMapper mapper = new ObjectMapper();
        try {
            options = LaunchOptions.parse(args);
            scriptFile = options.script() == null ? new ScriptFile(List.of(), Reply.text("ok"), null, null)
                    : ScriptFile.read(mapper, options.script());
        } catch (IllegalArgumentException | IOException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        ScriptedModelServer server = start(options.port(), options.record(), scriptFile.model());
        server.enqueue(scriptFile.replies().toArray(Reply[]::new));
        server.whenEmpty(scriptFile.whenEmpty()).requireApiKey(scriptFile.apiKey());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "scripted-model-shutdown"));
        System.out.println("READY " + server.baseUrl());
        System.out.flush();
    }
}
