package dev.hermod.testing.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One scripted answer of the {@link ScriptedModelServer}: text, tool calls, or an HTTP error,
 * optionally delayed. Immutable: the modifiers return a copy.
 *
 * <p>The same reply serves both kinds of request: a non-streaming request gets one
 * {@code chat.completion} object, a request with {@code "stream": true} gets the same content as
 * server-sent {@code chat.completion.chunk} events.
 */
public final class Reply {

    private final String text;
    private final List<ScriptedToolCall> toolCalls;
    private final int status;
    private final String errorMessage;
    private final String errorCode;
    private final Duration retryAfter;
    private final Duration delay;
    private final Duration chunkDelay;
    private final Integer promptTokens;
    private final Integer completionTokens;
    private final int cachedTokens;

    private Reply(String text, List<ScriptedToolCall> toolCalls, int status, String errorMessage, String errorCode,
                  Duration retryAfter, Duration delay, Duration chunkDelay, Integer promptTokens,
                  Integer completionTokens, int cachedTokens) {
        this.text = text == null ? "" : text;
        this.toolCalls = List.copyOf(toolCalls);
        this.status = status;
        this.errorMessage = errorMessage;
        this.errorCode = errorCode;
        this.retryAfter = retryAfter;
        this.delay = Objects.requireNonNull(delay, "delay");
        this.chunkDelay = Objects.requireNonNull(chunkDelay, "chunkDelay");
        this.promptTokens = promptTokens;
        this.completionTokens = completionTokens;
        this.cachedTokens = cachedTokens;
    }

    private static Reply answer(String text, List<ScriptedToolCall> calls) {
        return new Reply(text, calls, 200, null, null, null, Duration.ZERO, Duration.ZERO, null, null, 0);
    }

    /** A plain text answer ({@code finish_reason: stop}). */
    public static Reply text(String text) {
        return answer(Objects.requireNonNull(text, "text"), List.of());
    }

    /** One tool call ({@code finish_reason: tool_calls}) with a server-assigned id. */
    public static Reply toolCall(String name, String argumentsJson) {
        return answer("", List.of(ScriptedToolCall.of(name, argumentsJson)));
    }

    /** Several tool calls in one answer, in order. */
    public static Reply toolCalls(ScriptedToolCall... calls) {
        if (calls.length == 0) throw new IllegalArgumentException("at least one tool call");
        return answer("", List.of(calls));
    }

    /** An HTTP error with an OpenAI-style error body and the usual message for {@code status}. */
    public static Reply error(int status) {
        return error(status, null, null);
    }

    /**
     * An HTTP error with an OpenAI-style error body.
     *
     * @param status the HTTP status, 400..599
     * @param message the {@code error.message}, or {@code null} for the usual one for the status
     * @param code the {@code error.code}, or {@code null} for the usual one for the status
     */
    public static Reply error(int status, String message, String code) {
        if (status < 400 || status > 599) throw new IllegalArgumentException("an error status is 400..599: " + status);
        return new Reply("", List.of(), status, message, code, null, Duration.ZERO, Duration.ZERO, null, null, 0);
    }

    /** A 400 {@code context_length_exceeded} error, as OpenAI sends it when the prompt is too long. */
    public static Reply contextLengthExceeded() {
        return error(400, "This model's maximum context length is 8192 tokens. However, your messages resulted in"
                + " 9000 tokens. Please reduce the length of the messages.", "context_length_exceeded");
    }

    /** This reply with the text also set (text and tool calls in one answer). */
    public Reply withText(String newText) {
        return new Reply(newText, toolCalls, status, errorMessage, errorCode, retryAfter, delay, chunkDelay,
                promptTokens, completionTokens, cachedTokens);
    }

    /** This reply, sent only after {@code wait} (before any response header). */
    public Reply delayed(Duration wait) {
        return new Reply(text, toolCalls, status, errorMessage, errorCode, retryAfter, wait, chunkDelay,
                promptTokens, completionTokens, cachedTokens);
    }

    /** This reply, streamed with {@code wait} between server-sent events (no effect when not streaming). */
    public Reply chunkDelay(Duration wait) {
        return new Reply(text, toolCalls, status, errorMessage, errorCode, retryAfter, delay, wait,
                promptTokens, completionTokens, cachedTokens);
    }

    /** This error reply with a {@code Retry-After} header (whole seconds, rounded up). */
    public Reply retryAfter(Duration after) {
        if (!isError()) throw new IllegalStateException("Retry-After only applies to an error reply");
        return new Reply(text, toolCalls, status, errorMessage, errorCode, after, delay, chunkDelay,
                promptTokens, completionTokens, cachedTokens);
    }

    /** This reply with fixed token counts instead of the estimate (request and answer length / 4). */
    public Reply usage(int prompt, int completion) {
        return new Reply(text, toolCalls, status, errorMessage, errorCode, retryAfter, delay, chunkDelay,
                prompt, completion, cachedTokens);
    }

    /** This reply reporting {@code cached} prompt tokens served from a prompt cache. */
    public Reply cachedTokens(int cached) {
        return new Reply(text, toolCalls, status, errorMessage, errorCode, retryAfter, delay, chunkDelay,
                promptTokens, completionTokens, cached);
    }

    /** The answer text; empty, never null. */
    public String text() { return text; }

    /** The tool calls; empty for none. */
    public List<ScriptedToolCall> toolCalls() { return toolCalls; }

    /** The HTTP status: 200, or the error status. */
    public int status() { return status; }

    /** True for an HTTP error reply. */
    public boolean isError() { return status != 200; }

    /** The error message, when one was given. */
    public Optional<String> errorMessage() { return Optional.ofNullable(errorMessage); }

    /** The error code, when one was given. */
    public Optional<String> errorCode() { return Optional.ofNullable(errorCode); }

    /** The Retry-After delay of an error reply, when set. */
    public Optional<Duration> retryAfter() { return Optional.ofNullable(retryAfter); }

    /** The wait before the response starts; zero for none. */
    public Duration delay() { return delay; }

    /** The wait between streamed events; zero for none. */
    public Duration chunkDelay() { return chunkDelay; }

    /** The fixed prompt token count, if set. */
    public OptionalInt promptTokens() { return promptTokens == null ? OptionalInt.empty() : OptionalInt.of(promptTokens); }

    /** The fixed completion token count, if set. */
    public OptionalInt completionTokens() {
        return completionTokens == null ? OptionalInt.empty() : OptionalInt.of(completionTokens);
    }

    /** The cached prompt tokens reported; 0 for none. */
    public int cachedTokens() { return cachedTokens; }

    @Override
    public String toString() {
        if (isError()) return "Reply[error " + status + "]";
        return "Reply[text=" + text.length() + " chars, toolCalls=" + toolCalls.size() + ", delay=" + delay + "]";
    }
}
