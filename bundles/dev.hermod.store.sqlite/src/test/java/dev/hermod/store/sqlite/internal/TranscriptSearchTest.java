package dev.hermod.store.sqlite.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.session.NewSession;
import dev.hermod.api.session.SearchHit;

class TranscriptSearchTest {

    @TempDir Path home;
    private SqliteSessionStore store;
    private String first;
    private String second;

    @BeforeEach
    void fill() {
        store = SqliteSessionStore.open(home.resolve("state.db"));
        first = store.create(new NewSession("cli/local", "cli", "", "m", "")).id();
        second = store.create(new NewSession("telegram/42", "telegram", "42", "m", "")).id();
        store.append(first, List.of(
                new ChatMessage.User("The docker compose file fails to start postgres."),
                new ChatMessage.Assistant("Postgres needs the volume mounted; docker compose up again after fixing it."),
                new ChatMessage.User("Also, the kettle is blue.")));
        store.append(second, List.of(
                new ChatMessage.User("docker docker docker: why does docker eat my disk?"),
                new ChatMessage.ToolResult("c1", "terminal", "Café crème costs 3 € — naïve résumé"),
                new ChatMessage.User("Use rm -rf /tmp/x AND \"quote\" then col:value * ^start")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void bestMatchComesFirstWithMarkedSnippet() {
        List<SearchHit> hits = store.search("docker", 10);
        assertEquals(3, hits.size());
        SearchHit best = hits.get(0);
        assertEquals(second, best.sessionId());
        assertEquals(1, best.seq());
        assertEquals("user", best.role());
        assertTrue(best.snippet().contains("[docker]"), best.snippet());
        assertTrue(best.score() >= hits.get(1).score() && hits.get(1).score() >= hits.get(2).score());
    }

    @Test
    void allWordsBeforeAnyWord() {
        List<SearchHit> both = store.search("postgres volume", 10);
        assertEquals(1, both.size());
        assertEquals(2, both.get(0).seq());
        // no message holds both words: fall back to messages holding either
        List<SearchHit> either = store.search("kettle résumé", 10);
        assertEquals(2, either.size());
    }

    @Test
    void stemmingPrefixAndPhrase() {
        assertEquals(1, store.search("fixes", 10).size(), "porter: fixes ~ fixing");
        assertEquals(1, store.search("kett*", 10).size());
        assertEquals(1, store.search("\"compose file\"", 10).size());
        assertEquals(0, store.search("\"file compose\"", 10).size());
    }

    @Test
    void diacriticsAndUnicode() {
        assertEquals(1, store.search("cafe creme", 10).size());
        assertEquals(1, store.search("RÉSUMÉ", 10).size());
        assertEquals(0, store.search("€", 10).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"\"\"", "AND", "OR", "NOT", "*", "-", "-rf", "col:value", "^start", "a AND",
            "(", ")", "NEAR(x y)", "'", "quote\"", "x OR", "🙂", "\u0000", "{docker}", "docker - compose"})
    void awkwardInputNeverBreaksTheQuery(String query) {
        store.search(query, 10);
    }

    @Test
    void awkwardInputStillFindsItsWords() {
        assertEquals(List.of(3L), store.search("rm -rf AND", 10).stream().map(SearchHit::seq).toList());
        assertEquals(List.of(3L), store.search("AND", 10).stream().map(SearchHit::seq).toList());
        assertEquals(List.of(3L), store.search("col:value", 10).stream().map(SearchHit::seq).toList());
    }

    @Test
    void emptyQueryOrLimitFindsNothing() {
        assertEquals(List.of(), store.search("", 10));
        assertEquals(List.of(), store.search("   ", 10));
        assertEquals(List.of(), store.search("docker", 0));
    }

    @Test
    void searchCanBeLimitedToOneSession() {
        List<SearchHit> hits = store.search("docker", first, 10);
        assertEquals(2, hits.size());
        assertTrue(hits.stream().allMatch(h -> h.sessionId().equals(first)));
        assertEquals(1, store.search("docker", 1).size());
    }
}
