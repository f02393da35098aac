package dev.hermod.testing.model.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hermod.testing.model.RecordedRequest;

/**
 * Every request received, in order, plus an optional JSON Lines copy on disk. Thread-safe.
 * The file copy never holds a credential: the {@code authorization} header is redacted there.
 */
public final class RequestLog implements AutoCloseable {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final ObjectMapper mapper;
    private final BufferedWriter jsonl;

    /** @param jsonlFile where to append one JSON object per request, or {@code null} for none */
    public RequestLog(ObjectMapper mapper, Path jsonlFile) throws IOException {
        this.mapper = mapper;
        this.jsonl = jsonlFile == null ? null : Files.newBufferedWriter(jsonlFile, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    void add(RecordedRequest request) {
        lock.lock();
        try {
            requests.add(request);
            if (jsonl != null) appendLine(request);
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** A copy of the requests received so far. */
    public List<RecordedRequest> snapshot() {
        lock.lock();
        try {
            return List.copyOf(requests);
        } finally {
            lock.unlock();
        }
    }

    /** Waits until at least {@code count} requests arrived; returns them, or throws after {@code timeout}. */
    public List<RecordedRequest> await(int count, Duration timeout) throws InterruptedException {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (requests.size() < count) {
                if (remaining <= 0) {
                    throw new IllegalStateException("only " + requests.size() + " of " + count
                            + " expected requests reached the scripted model server within " + timeout);
                }
                remaining = arrived.awaitNanos(remaining);
            }
            return List.copyOf(requests);
        } finally {
            lock.unlock();
        }
    }

    private void appendLine(RecordedRequest request) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", Instant.now().toString());
        line.put("method", request.method());
        line.put("path", request.path());
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        if (headers.containsKey("authorization")) headers.put("authorization", List.of("<redacted>"));
        line.put("headers", headers);
        line.put("body", request.json().isEmpty() ? request.body() : request.json());
        try {
            jsonl.write(mapper.writeValueAsString(line));
            jsonl.newLine();
            jsonl.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the request record file", e);
        }
    }

    @Override
    public void close() throws IOException {
        lock.lock();
        try {
            if (jsonl != null) jsonl.close();
        } finally {
            lock.unlock();
        }
    }
}
