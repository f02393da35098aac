package dev.hermod.store.sqlite.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.ToolCall;
import dev.hermod.api.session.NewSession;
import dev.hermod.api.session.StoredMessage;

class MessageRoundTripTest {

    @TempDir Path home;

    @Test
    void everyMessageKindComesBackExactly() {
        List<ChatMessage> transcript = List.of(
                new ChatMessage.System("You are Hermod.\n\nMEMORY [0/2,200 chars]"),
                new ChatMessage.User("Héllo 👋 — what's in /tmp? \"quotes\" and \\backslashes\\"),
                new ChatMessage.Assistant("", List.of(
                        new ToolCall("call_1", "terminal", "{\"command\": \"ls -la /tmp\",  \"timeout\":30}"),
                        new ToolCall("call_2", "read_file", "{}"))),
                new ChatMessage.ToolResult("call_1", "terminal", "total 0\n\tdrwx------ 2 root root 40 .\n"),
                new ChatMessage.ToolResult("call_2", "read_file", ""),
                new ChatMessage.Assistant("Both done.", List.of(new ToolCall("c3", "memory", "{\"a\":[1,2,{\"b\":null}]}"))),
                new ChatMessage.Assistant("Just text"),
                new ChatMessage.User(""));
        SqliteSessionStore store = SqliteSessionStore.open(home.resolve("state.db"));
        try {
            String id = store.create(new NewSession("cli/local", "cli", "", "m", "")).id();
            store.append(id, transcript);
            List<StoredMessage> stored = store.messages(id);
            assertEquals(transcript, stored.stream().map(StoredMessage::message).toList());
            assertEquals(id, stored.get(0).sessionId());
            assertEquals(stored.get(0).createdAt(), stored.get(7).createdAt());
        } finally {
            store.close();
        }
    }
}
