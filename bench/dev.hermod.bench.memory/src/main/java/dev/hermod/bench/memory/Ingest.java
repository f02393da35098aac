package dev.hermod.bench.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.session.NewSession;
import dev.hermod.api.session.SessionInfo;
import dev.hermod.api.session.StoredMessage;
import dev.hermod.api.tool.ToolResult;

/**
 * Puts one conversation into a {@link MemoryHome} the way Hermod would hold it: every dataset
 * session becomes a session of the store (key {@code bench/<conversation>}, platform cli), every
 * turn a message, the conversation's first speaker as the user and everyone else as the assistant,
 * with the speaker's name in front so names are searchable. For hybrid recall every turn is also
 * stored as a fact with the holographic memory's own {@code fact_store add}.
 */
final class Ingest {

    private static final Pattern ADDED = Pattern.compile("^Added \\[fact #(\\d+),");

    private final ObjectMapper json = new ObjectMapper();
    private int refusedFacts;

    /** Number of turns fact_store refused (for example text that looks like a credential). */
    int refusedFacts() {
        return refusedFacts;
    }

    TurnIndex ingest(Dataset.Conversation conversation, MemoryHome home) {
        TurnIndex index = new TurnIndex();
        String user = firstSpeaker(conversation);
        String key = "bench/" + conversation.id();
        for (Dataset.Session session : conversation.sessions()) {
            SessionInfo info = home.store.create(new NewSession(key, MemoryHome.PLATFORM, "", "bench", ""));
            List<ChatMessage> messages = new ArrayList<>();
            for (Dataset.Turn turn : session.turns()) messages.add(message(turn, user));
            home.store.append(info.id(), messages);
            List<StoredMessage> stored = home.store.messages(info.id());
            for (int i = 0; i < stored.size(); i++) {
                StoredMessage m = stored.get(i);
                Dataset.Turn turn = session.turns().get(i);
                index.stored(info.id(), m.seq(), m.message().role(), m.message().text(), turn.id());
                addFact(home, new BenchToolContext(info.id(), key, home.home), m.message().text(), turn.id(), index);
            }
        }
        return index;
    }

    private static ChatMessage message(Dataset.Turn turn, String user) {
        String text = turn.speaker() + ": " + turn.text();
        return turn.speaker().equals(user) ? new ChatMessage.User(text) : new ChatMessage.Assistant(text);
    }

    private void addFact(MemoryHome home, BenchToolContext context, String text, String turnId, TurnIndex index) {
        String arguments = json.createObjectNode().put("action", "add").put("text", text).toString();
        ToolResult result;
        try {
            result = home.factStore.execute(arguments, context);
        } catch (Exception e) {
            throw new IllegalStateException("fact_store add failed for turn " + turnId + ": " + e.getMessage(), e);
        }
        Matcher added = ADDED.matcher(result.content());
        if (result.error() || !added.find()) {
            refusedFacts++;
            return;
        }
        index.fact(Long.parseLong(added.group(1)), turnId);
    }

    private static String firstSpeaker(Dataset.Conversation conversation) {
        return conversation.sessions().stream().flatMap(s -> s.turns().stream()).map(Dataset.Turn::speaker)
                .findFirst().orElse("");
    }
}
