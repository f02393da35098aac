package dev.hermod.store.sqlite.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.Usage;
import dev.hermod.api.session.NewSession;
import dev.hermod.api.session.SessionInfo;

class SqliteSessionStoreTest {

    @TempDir Path home;
    private Path db;
    private SqliteSessionStore store;

    @BeforeEach
    void open() {
        db = home.resolve("state.db");
        store = SqliteSessionStore.open(db);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void createdSessionHasATimeSortableIdAndEmptyCounters() {
        SessionInfo s = store.create(new NewSession("cli/local", "cli", "", "openrouter", null));
        assertTrue(s.id().matches("\\d{8}-\\d{6}-[0-9a-f]{6}"), s.id());
        assertEquals("cli/local", s.sessionKey());
        assertEquals("cli", s.platform());
        assertEquals("openrouter", s.model());
        assertEquals("", s.title());
        assertEquals("", s.parentId());
        assertEquals(0, s.messageCount());
        assertEquals(Usage.NONE, s.usage());
        assertEquals(s, store.get(s.id()).orElseThrow());
        assertTrue(store.get("nope").isEmpty());
    }

    @Test
    void listAndLatestFollowTheLastAppend() {
        SessionInfo a = store.create(new NewSession("telegram/1", "telegram", "u1", "m", ""));
        SessionInfo b = store.create(new NewSession("telegram/1", "telegram", "u1", "m", ""));
        SessionInfo c = store.create(new NewSession("cli/local", "cli", "", "m", ""));
        assertEquals(List.of(c.id(), b.id(), a.id()), ids(store.list(10)));
        assertEquals(b.id(), store.latest("telegram/1").orElseThrow().id());

        store.append(a.id(), List.of(new ChatMessage.User("back to the first one")));
        assertEquals(List.of(a.id(), c.id()), ids(store.list(2)));
        assertEquals(a.id(), store.latest("telegram/1").orElseThrow().id());
        assertTrue(store.latest("discord/9").isEmpty());
        assertEquals(List.of(), store.list(0));
    }

    @Test
    void childSessionsNeedAnExistingParent() {
        SessionInfo parent = store.create(new NewSession("cli/local", "cli", "", "m", ""));
        SessionInfo child = store.create(new NewSession("cli/local", "cli", "", "m", parent.id()));
        assertEquals(parent.id(), child.parentId());
        var e = assertThrows(IllegalArgumentException.class,
                () -> store.create(new NewSession("cli/local", "cli", "", "m", "20990101-000000-000000")));
        assertTrue(e.getMessage().contains("No parent session"), e.getMessage());
    }

    @Test
    void usageAndCostAccumulate() {
        SessionInfo s = store.create(new NewSession("cli/local", "cli", "", "m", ""));
        store.addUsage(s.id(), new Usage(1000, 200, 800), 0.0125);
        store.addUsage(s.id(), new Usage(50, 5, 0), 0.0);
        SessionInfo after = store.get(s.id()).orElseThrow();
        assertEquals(new Usage(1050, 205, 800), after.usage());
        assertEquals(0.0125, after.costUsd(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> store.addUsage(s.id(), Usage.NONE, -1));
        assertThrows(IllegalArgumentException.class, () -> store.addUsage(s.id(), Usage.NONE, Double.NaN));
        var e = assertThrows(IllegalArgumentException.class, () -> store.addUsage("missing", Usage.NONE, 0));
        assertTrue(e.getMessage().contains("missing"));
    }

    @Test
    void titleIsSetAndTrimmed() {
        SessionInfo s = store.create(new NewSession("cli/local", "cli", "", "m", ""));
        store.setTitle(s.id(), "  Fixing the compose file \n");
        assertEquals("Fixing the compose file", store.get(s.id()).orElseThrow().title());
        assertThrows(IllegalArgumentException.class, () -> store.setTitle("missing", "x"));
    }

    @Test
    void appendNumbersMessagesAndCountsThem() {
        SessionInfo s = store.create(new NewSession("cli/local", "cli", "", "m", ""));
        store.append(s.id(), List.of(new ChatMessage.User("one"), new ChatMessage.Assistant("two")));
        store.append(s.id(), List.of());
        store.append(s.id(), List.of(new ChatMessage.User("three")));
        assertEquals(List.of(1L, 2L, 3L), store.messages(s.id()).stream().map(m -> m.seq()).toList());
        SessionInfo after = store.get(s.id()).orElseThrow();
        assertEquals(3, after.messageCount());
        assertTrue(after.updatedAt().isAfter(s.updatedAt()));
        var e = assertThrows(IllegalArgumentException.class, () -> store.append("gone", List.of(new ChatMessage.User("x"))));
        assertTrue(e.getMessage().contains("No session with id 'gone'"));
    }

    @Test
    void everythingSurvivesReopening() {
        SessionInfo s = store.create(new NewSession("cli/local", "cli", "", "m", ""));
        store.append(s.id(), List.of(new ChatMessage.User("remember the blue kettle")));
        store.setTitle(s.id(), "Kettles");
        store.close();
        store = SqliteSessionStore.open(db);
        assertEquals("Kettles", store.get(s.id()).orElseThrow().title());
        assertEquals("remember the blue kettle", store.messages(s.id()).get(0).message().text());
        assertEquals(1, store.search("kettle", 5).size());
    }

    @Test
    void databaseIsWalPrivateAndLeavesNoLockBetweenWrites() throws Exception {
        store.create(new NewSession("cli/local", "cli", "", "m", ""));
        if (Files.getFileStore(db).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
        }
        SQLiteDataSource other = new SQLiteDataSource();
        other.setUrl("jdbc:sqlite:" + db);
        try (Connection c = other.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet mode = st.executeQuery("PRAGMA journal_mode")) {
                mode.next();
                assertEquals("wal", mode.getString(1));
            }
            // another bundle owning its own table in state.db must be able to write right away
            st.execute("PRAGMA busy_timeout = 0");
            st.execute("CREATE TABLE other_things (x INTEGER)");
            st.execute("INSERT INTO other_things VALUES (1)");
        }
        store.create(new NewSession("cli/local", "cli", "", "m", ""));
    }

    @Test
    void closedStoreSaysSo() {
        store.close();
        var e = assertThrows(IllegalStateException.class, () -> store.list(1));
        assertTrue(e.getMessage().contains("closed"));
    }

    private static List<String> ids(List<SessionInfo> sessions) {
        return sessions.stream().map(SessionInfo::id).toList();
    }
}
