package dev.hermod.terminal.local.internal.tool;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.hermod.api.terminal.BackgroundProcess;
import dev.hermod.api.tool.ToolContext;

/** The process tool's actions on one background process. */
final class ProcessActions {

    /** The most new output one poll or wait returns; the log action reaches the rest. */
    static final int MAX_POLL_CHARS = 20_000;
    static final int DEFAULT_LOG_LINES = 200;

    private final SessionSandbox session;
    private final BackgroundProcess process;

    ProcessActions(SessionSandbox session, BackgroundProcess process) {
        this.session = session;
        this.process = process;
    }

    /** Status plus the output that arrived since the last poll or wait. */
    String poll() {
        long from = session.cursor(process.id());
        long before = process.outputLength();
        String fresh = process.outputSince(from);
        long end = Math.max(before, from + fresh.length());
        session.cursor(process.id(), end);
        StringBuilder text = new StringBuilder(ProcessSpecs.status(process)).append('\n');
        long lost = (end - from) - fresh.length();
        if (lost > 0) text.append("[").append(lost).append(" characters of output were dropped from the buffer before this poll]\n");
        if (fresh.length() > MAX_POLL_CHARS) {
            text.append("[").append(fresh.length() - MAX_POLL_CHARS).append(" earlier new characters skipped; use action=log to page]\n");
            fresh = fresh.substring(fresh.length() - MAX_POLL_CHARS);
        }
        text.append(fresh.isEmpty() ? "(no new output)" : fresh);
        return text.toString();
    }

    /** Recent output by lines: the last {@code limit} lines, or {@code limit} lines from line {@code offset}. */
    String log(Optional<Integer> offset, Optional<Integer> limit) {
        List<String> lines = process.output(Integer.MAX_VALUE).lines().toList();
        int count = Math.max(1, limit.orElse(DEFAULT_LOG_LINES));
        int start = offset.map(o -> Math.max(0, Math.min(o, lines.size()))).orElse(Math.max(0, lines.size() - count));
        int end = Math.min(lines.size(), start + count);
        String header = ProcessSpecs.status(process) + "\nlines " + start + "-" + end + " of " + lines.size()
                + " buffered (line 0 is the oldest still kept; offset and limit page through them)\n";
        return header + String.join("\n", lines.subList(start, end));
    }

    /** Waits until the process ends, the timeout passes or the turn is stopped; then polls. */
    String await(Duration timeout, ToolContext context) {
        Instant deadline = Instant.now().plus(timeout);
        try {
            while (!context.cancelled()) {
                Duration left = Duration.between(Instant.now(), deadline);
                if (left.isNegative() || left.isZero()) break;
                if (process.waitFor(left.compareTo(Duration.ofSeconds(1)) < 0 ? left : Duration.ofSeconds(1))) break;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String note = process.alive() ? "[still running after waiting " + timeout.toSeconds() + " s]\n" : "";
        return note + poll();
    }

    String kill() {
        process.kill();
        return "Killed " + process.id() + " and everything it started. " + ProcessSpecs.status(process);
    }
}
