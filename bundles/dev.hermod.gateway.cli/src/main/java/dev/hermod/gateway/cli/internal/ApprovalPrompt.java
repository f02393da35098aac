package dev.hermod.gateway.cli.internal;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import dev.hermod.api.tool.ApprovalDecision;
import dev.hermod.api.tool.ApprovalRequest;

/** Asks the person about one approval request on the console; anything but o or s is a denial. */
final class ApprovalPrompt {
    private final ChatConsole console;

    ApprovalPrompt(ChatConsole console) {
        this.console = console;
    }

    /** The decision an answer means: o/once, s/session, everything else (also nothing) denies. */
    static ApprovalDecision parse(String answer) {
        return switch (answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT)) {
            case "o", "once" -> ApprovalDecision.APPROVE_ONCE;
            case "s", "session" -> ApprovalDecision.APPROVE_SESSION;
            default -> ApprovalDecision.DENY;
        };
    }

    /** The request as the person sees it. */
    static String describe(ApprovalRequest request) {
        StringBuilder text = new StringBuilder("approval needed: ").append(request.tool()).append(" wants to\n");
        request.action().lines().forEach(line -> text.append("    ").append(line).append('\n'));
        if (!request.reasons().isEmpty()) {
            text.append("  because:\n");
            request.reasons().forEach(reason -> text.append("    - ").append(reason).append('\n'));
        }
        return text.toString();
    }

    /** Asks, waits for an answer until the request's deadline, and decides the request. */
    void answer(ApprovalDesk.Pending pending) {
        PrintWriter err = console.err();
        Duration wait = Duration.between(Instant.now(), pending.deadline());
        err.println(); // the question starts on its own line, even in the middle of streamed text
        err.print(console.style().yellow(describe(pending.request())));
        err.print(console.style().bold("  [o]nce / [s]ession / [d]eny (default deny, " + minutes(wait) + "): "));
        err.flush();
        ApprovalDecision decision = console.readAnswer(wait, pending.answer()::isDone)
                .map(ApprovalPrompt::parse).orElse(ApprovalDecision.DENY);
        boolean decidedHere = pending.answer().complete(decision);
        ApprovalDecision result = pending.answer().join();
        err.println(decidedHere ? label(result) : "denied (timed out or cancelled)");
        err.flush();
    }

    private static String label(ApprovalDecision decision) {
        return switch (decision) {
            case APPROVE_ONCE -> "approved once";
            case APPROVE_SESSION -> "approved for this session";
            case DENY -> "denied";
        };
    }

    private static String minutes(Duration wait) {
        long seconds = Math.max(0, wait.toSeconds());
        return seconds >= 120 ? seconds / 60 + " min" : seconds + " s";
    }
}
