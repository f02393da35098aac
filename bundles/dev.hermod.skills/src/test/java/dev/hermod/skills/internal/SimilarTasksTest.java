package dev.hermod.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.hermod.api.agent.TurnRecord;
import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.Usage;
import dev.hermod.api.session.NewSession;
import dev.hermod.api.session.SearchHit;
import dev.hermod.api.session.SessionInfo;
import dev.hermod.api.session.SessionStore;
import dev.hermod.api.session.StoredMessage;

class SimilarTasksTest {

    /** A store whose search returns fixed hits, as the SQLite store's FTS5 search would. */
    record Hits(List<SearchHit> hits) implements SessionStore {
        @Override public List<SearchHit> search(String query, int limit) { return hits; }
        @Override public SessionInfo create(NewSession session) { throw new UnsupportedOperationException(); }
        @Override public Optional<SessionInfo> get(String sessionId) { return Optional.empty(); }
        @Override public List<SessionInfo> list(int limit) { return List.of(); }
        @Override public Optional<SessionInfo> latest(String sessionKey) { return Optional.empty(); }
        @Override public void append(String sessionId, List<ChatMessage> messages) { }
        @Override public List<StoredMessage> messages(String sessionId) { return List.of(); }
        @Override public void addUsage(String sessionId, Usage usage, double costUsd) { }
        @Override public void setTitle(String sessionId, String title) { }
    }

    private static SearchHit hit(String session, String role, String snippet) {
        return new SearchHit(session, 1, role, snippet, Instant.now(), 1);
    }

    @Test
    void countsOtherSessionsWhosePersonAskedMuchTheSame() {
        TurnRecord turn = SkillLoopTest.turn("now", "rotate the nginx logs on web3 and compress them", 3, List.of());
        SessionStore store = new Hits(List.of(
                hit("a", "user", "please [rotate] the [nginx] [logs] on web1 and [compress] them"),
                hit("a", "user", "rotate nginx logs again, compress too"),       // same session: counted once
                hit("b", "user", "rotate nginx logs on web2, compressed"),
                hit("c", "assistant", "I rotated the nginx logs and compressed them"), // the agent's words do not count
                hit("d", "user", "what are nginx logs?"),                         // too little in common
                hit("now", "user", "rotate the nginx logs on web3")));             // this session itself
        assertEquals(2, SimilarTasks.count(store, turn));
    }

    @Test
    void withoutAStoreOrWordsNothingRecurs() {
        assertEquals(0, SimilarTasks.count(null, SkillLoopTest.turn("s", "rotate logs", 3, List.of())));
        assertEquals(0, SimilarTasks.count(new Hits(List.of(hit("a", "user", "?"))), SkillLoopTest.turn("s", "?!", 3, List.of())));
    }
}
