package dev.hermod.store.sqlite.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.session.StoredMessage;

/** SQL over {@code session_messages}. The FTS5 index follows it through triggers. */
final class MessageRows {

    private final MessageCodec codec;

    MessageRows(MessageCodec codec) {
        this.codec = codec;
    }

    /** Inserts {@code messages} with sequence numbers following {@code lastSeq}. */
    void insert(Connection c, String sessionId, long lastSeq, List<ChatMessage> messages, long now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO session_messages (session_id, seq, role, text,"
                + " tool_calls, tool_call_id, tool_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            long seq = lastSeq;
            for (ChatMessage message : messages) {
                MessageCodec.Row row = codec.encode(message);
                insert.setString(1, sessionId);
                insert.setLong(2, ++seq);
                insert.setString(3, row.role());
                insert.setString(4, row.text());
                insert.setString(5, row.toolCalls());
                insert.setString(6, row.toolCallId());
                insert.setString(7, row.toolName());
                insert.setLong(8, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The messages of a session with {@code from <= seq <= to}, in order. */
    List<StoredMessage> range(Connection c, String sessionId, long from, long to) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT seq, role, text, tool_calls, tool_call_id, tool_name,"
                + " created_at FROM session_messages WHERE session_id = ? AND seq BETWEEN ? AND ? ORDER BY seq")) {
            query.setString(1, sessionId);
            query.setLong(2, from);
            query.setLong(3, to);
            try (ResultSet r = query.executeQuery()) {
                List<StoredMessage> messages = new ArrayList<>();
                while (r.next()) {
                    ChatMessage message = codec.decode(new MessageCodec.Row(r.getString("role"), r.getString("text"),
                            r.getString("tool_calls"), r.getString("tool_call_id"), r.getString("tool_name")));
                    messages.add(new StoredMessage(sessionId, r.getLong("seq"), message,
                            WriteClock.fromMicros(r.getLong("created_at"))));
                }
                return messages;
            }
        }
    }
}
