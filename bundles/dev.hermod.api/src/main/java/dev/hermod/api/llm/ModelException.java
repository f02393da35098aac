package dev.hermod.api.llm;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A failed model call, classified so that the core can decide to retry, fall back, or report.
 * The message never contains credentials.
 */
public class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** HTTP 429 or the provider's equivalent: retry after a backoff. */
        RATE_LIMITED(true),
        /** HTTP 5xx or an overloaded provider: retry, then fall back. */
        SERVER_ERROR(true),
        /** No answer within the configured timeout: retry, then fall back. */
        TIMEOUT(true),
        /** The endpoint could not be reached: retry, then fall back. */
        NETWORK(true),
        /** Bad or missing credentials (401/403): fall back, never retry. */
        AUTHENTICATION(false),
        /** The request does not fit the model's context window: compress, never retry as is. */
        CONTEXT_OVERFLOW(false),
        /** Any other 4xx, or an answer that cannot be parsed: fall back, never retry. */
        BAD_REQUEST(false),
        /** The call was cancelled by the user. */
        CANCELLED(false);

        private final boolean retryable;
        Kind(boolean retryable) { this.retryable = retryable; }
        /** Whether trying the same request again may succeed. */
        public boolean retryable() { return retryable; }
    }

    private final Kind kind;
    private final int httpStatus;
    private final Duration retryAfter;

    public ModelException(Kind kind, int httpStatus, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
    }

    public ModelException(Kind kind, String message, Throwable cause) { this(kind, 0, message, null, cause); }

    public Kind kind() { return kind; }

    /** The HTTP status, or 0 when there was none. */
    public int httpStatus() { return httpStatus; }

    /** The delay the provider asked for before a retry, if it said. */
    public Optional<Duration> retryAfter() { return Optional.ofNullable(retryAfter); }
}
