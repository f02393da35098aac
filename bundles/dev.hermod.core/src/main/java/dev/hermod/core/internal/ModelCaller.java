package dev.hermod.core.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;

import dev.hermod.api.agent.TurnListener;
import dev.hermod.api.llm.ChatModel;
import dev.hermod.api.llm.ChatRequest;
import dev.hermod.api.llm.ChatResponse;
import dev.hermod.api.llm.ModelException;

/**
 * Calls a provider chain: each provider is retried with exponential backoff (and jitter) on
 * retryable failures, then the next provider is tried. Every retry and fallback is told to the
 * person as a notice: nothing degrades silently.
 */
final class ModelCaller {

    /** The response and the provider that produced it. */
    record Answer(ChatResponse response, ChatModel model) {}

    private final int maxRetries;
    private final long baseDelayMs;
    private final long maxDelayMs;

    ModelCaller(int maxRetries, long baseDelayMs, long maxDelayMs) {
        this.maxRetries = Math.max(0, maxRetries);
        this.baseDelayMs = Math.max(1, baseDelayMs);
        this.maxDelayMs = Math.max(this.baseDelayMs, maxDelayMs);
    }

    /**
     * @throws ModelException the last provider's failure when every provider failed, or
     *         {@link ModelException.Kind#CANCELLED} when the turn was stopped
     */
    Answer call(List<ChatModel> chain, ChatRequest request, TurnListener listener, TurnControl control) {
        if (chain.isEmpty()) {
            throw new ModelException(ModelException.Kind.BAD_REQUEST, "no model provider is available", null);
        }
        ModelException last = null;
        for (int i = 0; i < chain.size(); i++) {
            ChatModel model = chain.get(i);
            if (i > 0) notice(listener, "Falling back to model provider '" + model.name() + "' after '"
                    + chain.get(i - 1).name() + "' failed: " + last.getMessage());
            try {
                return new Answer(callWithRetries(model, request, listener, control), model);
            } catch (ModelException e) {
                if (e.kind() == ModelException.Kind.CANCELLED || e.kind() == ModelException.Kind.CONTEXT_OVERFLOW) throw e;
                last = e;
            }
        }
        throw last;
    }

    private ChatResponse callWithRetries(ChatModel model, ChatRequest request, TurnListener listener, TurnControl control) {
        for (int attempt = 0; ; attempt++) {
            try {
                return callOnce(model, request, listener, control);
            } catch (ModelException e) {
                if (!e.kind().retryable() || attempt >= maxRetries) throw e;
                Duration delay = delay(attempt, e);
                notice(listener, "Model '" + model.name() + "' failed (" + e.getMessage() + "); retry "
                        + (attempt + 1) + "/" + maxRetries + " in " + delay.toMillis() + " ms");
                if (!control.pause(delay)) throw cancelled();
            }
        }
    }

    private static ChatResponse callOnce(ChatModel model, ChatRequest request, TurnListener listener, TurnControl control) {
        if (control.cancelled()) throw cancelled();
        CompletableFuture<ChatResponse> future;
        try {
            future = control.track(model.chat(request, listener).toCompletableFuture());
        } catch (ModelException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ModelException(ModelException.Kind.BAD_REQUEST, "provider '" + model.name() + "' failed: " + e, e);
        }
        try {
            return future.get();
        } catch (CancellationException e) {
            throw cancelled();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw cancelled();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ModelException me) throw me;
            if (control.cancelled()) throw cancelled();
            throw new ModelException(ModelException.Kind.BAD_REQUEST, "provider '" + model.name() + "' failed: " + cause, cause);
        } finally {
            control.untrack(future);
        }
    }

    Duration delay(int attempt, ModelException e) {
        long exp = Math.min(maxDelayMs, baseDelayMs << Math.min(attempt, 20));
        long jittered = exp / 2 + ThreadLocalRandom.current().nextLong(exp / 2 + 1);
        long asked = e.retryAfter().map(Duration::toMillis).orElse(0L);
        return Duration.ofMillis(Math.min(maxDelayMs, Math.max(jittered, asked)));
    }

    private static ModelException cancelled() {
        return new ModelException(ModelException.Kind.CANCELLED, "stopped by the user", null);
    }

    private static void notice(TurnListener listener, String text) {
        if (listener != null) listener.onNotice(text);
    }
}
