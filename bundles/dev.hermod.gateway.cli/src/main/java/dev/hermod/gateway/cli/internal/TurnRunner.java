package dev.hermod.gateway.cli.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import dev.hermod.api.agent.Conversation;
import dev.hermod.api.agent.TurnListener;
import dev.hermod.api.agent.TurnResult;

/**
 * Runs one turn from the chat's main thread. The turn runs on the runtime's threads; the main
 * thread waits for its end and meanwhile answers approval requests on the console, and Ctrl-C
 * cancels the turn (and denies what is waiting for approval).
 */
final class TurnRunner {
    private final ChatConsole console;
    private final ApprovalDesk desk;
    private final ApprovalPrompt prompt;

    TurnRunner(ChatConsole console, ApprovalDesk desk) {
        this.console = console;
        this.desk = desk;
        this.prompt = new ApprovalPrompt(console);
    }

    TurnResult run(Conversation conversation, String text, TurnListener listener) {
        Object done = new Object();
        CompletableFuture<TurnResult> turn;
        try {
            turn = conversation.send(text, listener).toCompletableFuture();
        } catch (RuntimeException e) {
            return failed(conversation, e);
        }
        turn.whenComplete((result, error) -> desk.post(done));
        try (ChatConsole.Registration ignored = console.onInterrupt(() -> {
            conversation.cancel();
            desk.denyPending();
        })) {
            for (Object event = desk.take(); event != done; event = desk.take()) {
                if (event instanceof ApprovalDesk.Pending pending) prompt.answer(pending);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            conversation.cancel();
            desk.denyPending();
            return new TurnResult(conversation.sessionId(), TurnResult.Outcome.CANCELLED, "", 0, 0, null,
                    conversation.modelName());
        }
        try {
            return turn.join();
        } catch (CompletionException e) {
            return failed(conversation, e.getCause() == null ? e : e.getCause());
        }
    }

    private static TurnResult failed(Conversation conversation, Throwable error) {
        return new TurnResult(conversation.sessionId(), TurnResult.Outcome.FAILED,
                "the agent runtime failed: " + error.getMessage(), 0, 0, null, conversation.modelName());
    }
}
