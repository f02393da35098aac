package dev.hermod.shell.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.ToolCall;
import dev.hermod.api.session.SessionInfo;
import dev.hermod.api.session.StoredMessage;

/** How {@code hermod:sessions} and {@code hermod:session} print. */
final class SessionViews {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final int TOOL_TEXT = 200;

    private SessionViews() {}

    static String list(List<SessionInfo> sessions) {
        if (sessions.isEmpty()) return "no sessions yet\n";
        TextTable table = new TextTable("ID", "KEY", "MODEL", "MESSAGES", "TOKENS", "UPDATED");
        sessions.forEach(s -> table.row(s.id(), s.sessionKey(), s.model(), s.messageCount(),
                s.usage() == null ? 0 : s.usage().totalTokens(), time(s.updatedAt())));
        return table.toString();
    }

    static String transcript(SessionInfo s, List<StoredMessage> messages) {
        StringBuilder text = new StringBuilder();
        text.append("session  ").append(s.id()).append(s.title().isEmpty() ? "" : "  \"" + s.title() + "\"").append('\n');
        text.append("key      ").append(s.sessionKey()).append("  (platform ").append(s.platform())
                .append(s.userId().isEmpty() ? "" : ", user " + s.userId()).append(")\n");
        text.append("model    ").append(s.model()).append('\n');
        text.append("created  ").append(time(s.createdAt())).append("   updated ").append(time(s.updatedAt())).append('\n');
        text.append("usage    ").append(s.messageCount()).append(" messages, ")
                .append(s.usage() == null ? 0 : s.usage().totalTokens()).append(" tokens")
                .append(s.costUsd() > 0 ? String.format(", $%.4f", s.costUsd()) : "").append("\n\n");
        messages.forEach(m -> message(text, m));
        return text.toString();
    }

    private static void message(StringBuilder text, StoredMessage stored) {
        ChatMessage m = stored.message();
        text.append('#').append(stored.seq()).append(' ').append(m.role());
        if (m instanceof ChatMessage.ToolResult r) text.append(' ').append(r.toolName());
        text.append("  ").append(time(stored.createdAt())).append('\n');
        String body = switch (m) {
            case ChatMessage.System sys -> TextTable.oneLine(sys.text(), TOOL_TEXT);
            case ChatMessage.ToolResult r -> TextTable.oneLine(r.text(), TOOL_TEXT);
            default -> m.text();
        };
        if (!body.isBlank()) body.strip().lines().forEach(line -> text.append("  ").append(line).append('\n'));
        if (m instanceof ChatMessage.Assistant a) {
            for (ToolCall call : a.toolCalls()) {
                text.append("  → ").append(call.name()).append(' ').append(TextTable.oneLine(call.arguments(), 120)).append('\n');
            }
        }
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
