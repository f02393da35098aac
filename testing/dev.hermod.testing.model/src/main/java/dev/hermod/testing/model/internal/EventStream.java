package dev.hermod.testing.model.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import dev.hermod.testing.model.Reply;
import dev.hermod.testing.model.ScriptedToolCall;

/**
 * Plays one reply as server-sent {@code chat.completion.chunk} events: the role, the text word by
 * word, each tool call (id and name first, then its arguments in pieces), the finish reason, the
 * usage chunk when asked for, then {@code [DONE]}.
 */
final class EventStream {
    private final CompletionJson json;
    private final String id;
    private final String model;

    EventStream(CompletionJson json, String id, String model) {
        this.json = json;
        this.id = id;
        this.model = model;
    }

    void play(HttpExchange exchange, Reply reply, List<ScriptedToolCall> calls, Tokens tokens, boolean includeUsage)
            throws IOException, InterruptedException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        Duration pause = reply.chunkDelay();
        send(out, json.chunk(id, model, json.delta().put("role", "assistant").put("content", ""), null), pause);
        for (String piece : words(reply.text())) {
            send(out, json.chunk(id, model, json.delta().put("content", piece), null), pause);
        }
        for (int i = 0; i < calls.size(); i++) {
            sendToolCall(out, i, calls.get(i), pause);
        }
        send(out, json.chunk(id, model, json.delta(), CompletionJson.finishReason(calls)), pause);
        if (includeUsage) send(out, json.usageChunk(id, model, tokens), pause);
        write(out, "[DONE]");
    }

    private void sendToolCall(OutputStream out, int index, ScriptedToolCall call, Duration pause)
            throws IOException, InterruptedException {
        ObjectNode opening = json.delta();
        ObjectNode first = opening.putArray("tool_calls").addObject();
        first.put("index", index).put("id", call.id()).put("type", "function");
        first.putObject("function").put("name", call.name()).put("arguments", "");
        send(out, json.chunk(id, model, opening, null), pause);
        for (String piece : thirds(call.arguments())) {
            ObjectNode delta = json.delta();
            delta.putArray("tool_calls").addObject().put("index", index).putObject("function").put("arguments", piece);
            send(out, json.chunk(id, model, delta, null), pause);
        }
    }

    private static void send(OutputStream out, ObjectNode chunk, Duration pause) throws IOException, InterruptedException {
        write(out, chunk.toString());
        if (pause.isPositive()) Thread.sleep(pause);
    }

    private static void write(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The text split after each run of white space, so that joining the pieces gives the text back. */
    static List<String> words(String text) {
        if (text.isEmpty()) return List.of();
        return List.of(text.split("(?<=\\s)(?=\\S)"));
    }

    /** The arguments in (at most) three pieces, as real models send them: never whole JSON per piece. */
    static List<String> thirds(String arguments) {
        List<String> pieces = new ArrayList<>();
        int step = Math.max(1, (arguments.length() + 2) / 3);
        for (int start = 0; start < arguments.length(); start += step) {
            pieces.add(arguments.substring(start, Math.min(arguments.length(), start + step)));
        }
        return pieces;
    }
}
