package dev.hermod.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import dev.hermod.api.agent.TurnResult;
import dev.hermod.api.gateway.InboundMessage;
import dev.hermod.api.gateway.MessagingGateway;
import dev.hermod.api.gateway.OutboundMessage;

/**
 * Messages from gateways: routed to their session, one turn at a time per session, and the reply
 * sent back through the gateway of the message's platform and account, split to its length limit.
 *
 * <p>Duplicates are recognised by their dedup key while the process runs. The durable inbound
 * journal and outbox (exactly once across crashes) belong to the gateway work and replace the
 * in-memory set.
 */
final class GatewayRouter {
    private static final int REMEMBERED = 10_000;
    /** {@code /good} or {@code /bad}, optionally with a comment: feedback on the last answer, not a turn. */
    private static final java.util.regex.Pattern FEEDBACK =
            java.util.regex.Pattern.compile("(?is)/(good|bad)(?:\\s+(.*))?");

    private final AgentService runtime;
    private final Problems problems;
    private final Map<String, MessagingGateway> gateways = new ConcurrentHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final java.util.Deque<String> seenOrder = new java.util.concurrent.ConcurrentLinkedDeque<>();

    GatewayRouter(AgentService runtime, Problems problems) {
        this.runtime = runtime;
        this.problems = problems;
    }

    void add(MessagingGateway g) { gateways.put(key(g.platform(), g.account()), g); }

    void remove(MessagingGateway g) { gateways.remove(key(g.platform(), g.account()), g); }

    List<String> platforms() {
        return gateways.values().stream().map(g -> g.account().isEmpty() ? g.platform() : g.platform() + ":" + g.account())
                .sorted().toList();
    }

    CompletionStage<TurnResult> accept(InboundMessage message) {
        if (!seen.add(message.dedupKey())) {
            return CompletableFuture.completedFuture(new TurnResult("", TurnResult.Outcome.DUPLICATE, "", 0, 0, null, ""));
        }
        seenOrder.add(message.dedupKey());
        while (seenOrder.size() > REMEMBERED) seen.remove(seenOrder.poll());
        AgentSession session = runtime.gatewaySession(message);
        java.util.regex.Matcher feedback = FEEDBACK.matcher(message.text().strip());
        if (feedback.matches()) {
            runtime.feedback(session.id, feedback.group(1).equalsIgnoreCase("good"), feedback.group(2));
            return reply(message, new TurnResult(session.id, TurnResult.Outcome.COMPLETED,
                    "Thanks, noted: it helps the skills this answer used.", 0, 0, null, ""));
        }
        String text = message.direct() || message.senderName().isEmpty() ? message.text()
                : "[" + message.senderName() + "]: " + message.text();
        // no listener: a gateway reply is sent whole, not streamed
        return runtime.submit(session, text, null).thenCompose(result -> reply(message, result));
    }

    private CompletionStage<TurnResult> reply(InboundMessage in, TurnResult result) {
        MessagingGateway gateway = gateways.get(key(in.platform(), in.account()));
        if (gateway == null) {
            problems.report("gateway:" + in.platform(), "no gateway registered to send the reply for session " + result.sessionId());
            return CompletableFuture.completedFuture(result);
        }
        CompletableFuture<?> chain = CompletableFuture.completedFuture(null);
        List<String> parts = split(result.text(), gateway.capabilities().maxMessageLength());
        for (int i = 0; i < parts.size(); i++) {
            var out = new OutboundMessage(in.chatId(), in.threadId(), parts.get(i), i == 0 ? in.messageId() : "",
                    in.dedupKey() + "#" + i);
            chain = chain.thenCompose(x -> gateway.send(out));
        }
        return chain.handle((x, e) -> {
            if (e != null) problems.report("gateway:" + in.platform(), "sending a reply failed: " + e.getMessage());
            return result;
        });
    }

    /** Splits text at paragraph, line or word boundaries so each part fits {@code max} characters. */
    static List<String> split(String text, int max) {
        List<String> parts = new ArrayList<>();
        String rest = text.isEmpty() ? "(no answer)" : text;
        while (rest.length() > max) {
            int cut = lastBoundary(rest, max);
            parts.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) parts.add(rest);
        return parts;
    }

    private static int lastBoundary(String text, int max) {
        int paragraph = text.lastIndexOf("\n\n", max - 1);
        if (paragraph > 0) return paragraph + 2;
        int line = text.lastIndexOf('\n', max - 1);
        if (line >= max / 2) return line + 1;
        int word = text.lastIndexOf(' ', max - 1);
        return word > 0 ? word + 1 : max;
    }

    private static String key(String platform, String account) { return platform + "\u001f" + account; }
}
