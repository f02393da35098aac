package dev.hermod.store.sqlite.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.session.NewSession;

class SessionSchemaTest {

    @TempDir Path home;

    @Test
    void migratingAgainChangesNothing() {
        StateDatabase db = new StateDatabase(home.resolve("state.db"), 5000, 2);
        try {
            SessionSchema schema = SessionSchema.current();
            int once = db.write(c -> schema.migrate(c, 1));
            int twice = db.write(c -> schema.migrate(c, 2));
            assertEquals(schema.latestVersion(), once);
            assertEquals(schema.latestVersion(), twice);
            assertEquals(schema.latestVersion(), (int) db.read(c -> {
                try (var rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM session_schema_version")) {
                    rows.next();
                    return rows.getInt(1);
                }
            }));
        } finally {
            db.close();
        }
    }

    @Test
    void laterMigrationsApplyOnTopOfExistingData() {
        Path file = home.resolve("state.db");
        SqliteSessionStore store = SqliteSessionStore.open(file);
        String id = store.create(new NewSession("cli/local", "cli", "", "m", "")).id();
        store.append(id, List.of(new ChatMessage.User("kept")));
        store.close();

        Migration v2 = new Migration(2, "a later issue's table", List.of("CREATE TABLE session_bookmarks (seq INTEGER)"));
        StateDatabase db = new StateDatabase(file, 5000, 2);
        try {
            SessionSchema next = new SessionSchema(List.of(SessionSchema.V1_SESSIONS_AND_MESSAGES, v2));
            int once = db.write(c -> next.migrate(c, 1));
            int twice = db.write(c -> next.migrate(c, 2));
            assertEquals(2, once);
            assertEquals(2, twice);
            assertEquals("kept", db.read(c -> {
                try (var rows = c.createStatement().executeQuery("SELECT text FROM session_messages")) {
                    rows.next();
                    return rows.getString(1);
                }
            }));
        } finally {
            db.close();
        }
        // this version of the code refuses a database written by a newer one instead of corrupting it
        var e = assertThrows(IllegalStateException.class,
                () -> new SqliteSessionStore(new StateDatabase(file, 5000, 2), Clock.systemUTC()));
        assertTrue(e.getMessage().contains("newer Hermod"), e.getMessage());
    }

    @Test
    void pathsFollowTheHomeAndTheOverride() {
        assertEquals(Path.of("/h/state.db"), StatePaths.database(StatePaths.home("/h", "/env", "/u"), ""));
        assertEquals(Path.of("/env/state.db"), StatePaths.database(StatePaths.home(null, "/env", "/u"), null));
        assertEquals(Path.of("/u/.hermod/state.db"), StatePaths.database(StatePaths.home(" ", "", "/u"), " "));
        assertEquals(Path.of("/h/data/s.db"), StatePaths.database(Path.of("/h"), "data/s.db"));
        assertEquals(Path.of("/elsewhere/s.db"), StatePaths.database(Path.of("/h"), "/elsewhere/s.db"));
    }
}
