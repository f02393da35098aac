package dev.hermod.llm.openai.internal;

import java.util.concurrent.CompletableFuture;

import dev.hermod.api.llm.ChatResponse;
import dev.hermod.api.llm.ModelException;
import dev.hermod.api.llm.StreamListener;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;

/**
 * Bridges LangChain4j's streaming callbacks to Hermod's listener and the call's future. Callbacks
 * come from one HTTP client thread at a time; once the future is done (cancelled, failed) further
 * text is dropped.
 */
final class StreamingCall implements StreamingChatResponseHandler {
    private static final System.Logger LOG = System.getLogger(StreamingCall.class.getName());

    private final CompletableFuture<ChatResponse> result;
    private final StreamListener listener;
    private final ResponseMapper responses;
    private final FailureMapper failures;
    private final CallExchange exchange;
    private boolean listenerFailed;

    StreamingCall(CompletableFuture<ChatResponse> result, StreamListener listener, ResponseMapper responses,
                  FailureMapper failures, CallExchange exchange) {
        this.result = result;
        this.listener = listener;
        this.responses = responses;
        this.failures = failures;
        this.exchange = exchange;
    }

    @Override
    public void onPartialResponse(String delta) {
        if (result.isDone() || delta == null || delta.isEmpty()) return;
        try {
            listener.onText(delta);
        } catch (RuntimeException e) {
            // a broken listener must not lose the answer; say so once per call
            if (!listenerFailed) LOG.log(System.Logger.Level.WARNING, "stream listener failed; the answer continues", e);
            listenerFailed = true;
        }
    }

    @Override
    public void onCompleteResponse(dev.langchain4j.model.chat.response.ChatResponse response) {
        try {
            result.complete(responses.toHermod(response));
        } catch (RuntimeException e) {
            result.completeExceptionally(new ModelException(ModelException.Kind.BAD_REQUEST,
                    "the streamed answer could not be read: " + e.getMessage(), e));
        }
    }

    @Override
    public void onError(Throwable error) {
        if (!result.isDone()) result.completeExceptionally(failures.map(error, exchange.retryAfter()));
    }
}
