package dev.hermod.store.sqlite.internal;

import java.util.List;

import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.ToolCall;
import dev.hermod.api.session.StoredMessage;

/** Formats a slice of a transcript for the model, each message cut to a readable length. */
final class TranscriptExcerpt {

    static final int MAX_TEXT = 1500;
    static final int MAX_ARGUMENTS = 200;

    private TranscriptExcerpt() {}

    static String format(String header, List<StoredMessage> messages, long focus) {
        if (messages.isEmpty()) {
            return header + "\nNo message #" + focus + " in this session; use a #number from a search result.";
        }
        StringBuilder out = new StringBuilder(header).append("\nMessages #").append(messages.get(0).seq()).append(" to #")
                .append(messages.get(messages.size() - 1).seq()).append(" (> marks #").append(focus).append("):\n");
        for (StoredMessage stored : messages) {
            out.append(stored.seq() == focus ? "> #" : "  #").append(stored.seq()).append(' ')
                    .append(label(stored.message())).append(" (").append(SearchReport.date(stored.createdAt()))
                    .append("): ").append(cut(stored.message().text(), MAX_TEXT)).append('\n');
            if (stored.message() instanceof ChatMessage.Assistant assistant) {
                for (ToolCall call : assistant.toolCalls()) {
                    out.append("     called ").append(call.name()).append(' ')
                            .append(cut(call.arguments(), MAX_ARGUMENTS)).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String label(ChatMessage message) {
        return message instanceof ChatMessage.ToolResult result ? "tool " + result.toolName() : message.role();
    }

    static String cut(String text, int max) {
        String clean = text.strip();
        return clean.length() <= max ? clean : clean.substring(0, max) + " … [" + (clean.length() - max) + " more chars]";
    }
}
