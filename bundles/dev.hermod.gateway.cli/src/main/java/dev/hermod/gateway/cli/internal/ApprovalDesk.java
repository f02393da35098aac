package dev.hermod.gateway.cli.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import dev.hermod.api.tool.ApprovalDecision;
import dev.hermod.api.tool.ApprovalRequest;
import dev.hermod.api.tool.Approver;

/**
 * The CLI's approver. A turn thread asking for approval posts the request to the chat's main
 * thread (which owns the terminal) and waits for the answer, at most the timeout; then it is a
 * denial. When nobody can answer, every request is denied at once and the person is told.
 */
final class ApprovalDesk implements Approver {

    /** A request waiting for the main thread. Completing {@code answer} first decides it. */
    record Pending(ApprovalRequest request, Instant deadline, CompletableFuture<ApprovalDecision> answer) {}

    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private final Set<Pending> outstanding = ConcurrentHashMap.newKeySet();
    private final boolean canAsk;
    private final Duration timeout;
    private final Consumer<String> notices;

    ApprovalDesk(boolean canAsk, Duration timeout, Consumer<String> notices) {
        this.canAsk = canAsk;
        this.timeout = timeout;
        this.notices = notices;
    }

    @Override
    public ApprovalDecision ask(ApprovalRequest request) {
        if (!canAsk) {
            notices.accept("denied without asking (no terminal to ask): " + request.tool() + ": "
                    + Text.oneLine(request.action(), 120));
            return ApprovalDecision.DENY;
        }
        Pending pending = new Pending(request, Instant.now().plus(timeout), new CompletableFuture<>());
        outstanding.add(pending);
        events.add(pending);
        try {
            return pending.answer().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            pending.answer().complete(ApprovalDecision.DENY);
            return pending.answer().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.answer().complete(ApprovalDecision.DENY);
            return pending.answer().join();
        } finally {
            outstanding.remove(pending);
        }
    }

    /** Posts an event for the main thread (the end of a turn). */
    void post(Object event) {
        events.add(event);
    }

    /** The next request or event, waiting for one. */
    Object take() throws InterruptedException {
        return events.take();
    }

    /** Denies every request not yet answered (the person pressed Ctrl-C). */
    void denyPending() {
        outstanding.forEach(p -> p.answer().complete(ApprovalDecision.DENY));
    }
}
