package dev.hermod.store.sqlite.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.Usage;
import dev.hermod.api.session.NewSession;
import dev.hermod.api.session.SearchHit;
import dev.hermod.api.session.SessionInfo;
import dev.hermod.api.session.SessionStore;
import dev.hermod.api.session.StoredMessage;

/** The session store over {@code $HERMOD_HOME/state.db}. */
// immediate: it holds open connections, and a broken database should show at start-up, not at first use
@Component(service = {SessionStore.class, TranscriptIndex.class}, configurationPid = "hermod.store.sqlite", immediate = true)
@Designate(ocd = SqliteSessionStoreConfig.class)
public final class SqliteSessionStore implements SessionStore, TranscriptIndex {

    private static final Logger LOG = System.getLogger(SqliteSessionStore.class.getName());
    private static final int MAX_LIST = 10_000;

    private final StateDatabase database;
    private final WriteClock clock;
    private final SessionIds ids = new SessionIds();
    private final SessionRows sessions = new SessionRows();
    private final MessageRows messages = new MessageRows(new MessageCodec());
    private final TranscriptSearch search = new TranscriptSearch();

    @Activate
    public SqliteSessionStore(BundleContext context, SqliteSessionStoreConfig config) {
        this(new StateDatabase(StatePaths.database(
                        StatePaths.home(context.getProperty("hermod.home"), System.getenv("HERMOD_HOME"),
                                System.getProperty("user.home")), config.path()),
                        config.busy__timeout__ms(), config.read__connections()),
                Clock.systemUTC());
    }

    SqliteSessionStore(StateDatabase database, Clock clock) {
        this.database = database;
        this.clock = new WriteClock(clock);
        try {
            int version = database.write(c -> SessionSchema.current().migrate(c, this.clock.next()));
            LOG.log(Level.INFO, "Session store open at {0} (schema version {1})", database.file(), version);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Opens (creating and migrating if needed) the database at {@code file}. */
    static SqliteSessionStore open(Path file) {
        return new SqliteSessionStore(new StateDatabase(file, 5000, 4), Clock.systemUTC());
    }

    @Deactivate
    void close() {
        database.close();
    }

    @Override
    public SessionInfo create(NewSession session) {
        Objects.requireNonNull(session, "session");
        return database.write(c -> {
            if (!session.parentId().isEmpty() && !sessions.exists(c, session.parentId())) {
                throw new IllegalArgumentException("No parent session with id '" + session.parentId() + "'.");
            }
            long now = clock.next();
            String id = uniqueId(c, now);
            sessions.insert(c, id, session, now);
            return sessions.get(c, id).orElseThrow();
        });
    }

    @Override
    public Optional<SessionInfo> get(String sessionId) {
        return sessionId == null ? Optional.empty() : database.read(c -> sessions.get(c, sessionId));
    }

    @Override
    public List<SessionInfo> list(int limit) {
        return limit <= 0 ? List.of() : database.read(c -> sessions.list(c, Math.min(limit, MAX_LIST)));
    }

    @Override
    public Optional<SessionInfo> latest(String sessionKey) {
        return sessionKey == null ? Optional.empty() : database.read(c -> sessions.latest(c, sessionKey));
    }

    @Override
    public void append(String sessionId, List<ChatMessage> batch) {
        List<ChatMessage> copy = List.copyOf(batch);
        if (copy.isEmpty()) return;
        database.write(c -> {
            long last = existingCount(c, sessionId);
            long now = clock.next();
            messages.insert(c, sessionId, last, copy, now);
            sessions.messagesAppended(c, sessionId, last + copy.size(), now);
            return null;
        });
    }

    @Override
    public List<StoredMessage> messages(String sessionId) {
        return messages(sessionId, 1, Long.MAX_VALUE);
    }

    @Override
    public List<StoredMessage> messages(String sessionId, long fromSeq, long toSeq) {
        return database.read(c -> messages.range(c, sessionId, fromSeq, toSeq));
    }

    @Override
    public void addUsage(String sessionId, Usage usage, double costUsd) {
        Objects.requireNonNull(usage, "usage");
        if (!(costUsd >= 0) || Double.isInfinite(costUsd)) {
            throw new IllegalArgumentException("costUsd must be a finite number >= 0 (0 when unknown), not " + costUsd);
        }
        database.write(c -> requireUpdated(sessions.addUsage(c, sessionId, usage, costUsd), sessionId));
    }

    @Override
    public void setTitle(String sessionId, String title) {
        String clean = title == null ? "" : title.strip();
        database.write(c -> requireUpdated(sessions.setTitle(c, sessionId, clean), sessionId));
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return search(query, "", limit);
    }

    @Override
    public List<SearchHit> search(String query, String sessionId, int limit) {
        FtsQuery fts = FtsQuery.parse(query);
        if (fts.isEmpty() || limit <= 0) return List.of();
        String only = sessionId == null ? "" : sessionId;
        return database.read(c -> search.search(c, fts, only, Math.min(limit, MAX_LIST)));
    }

    private String uniqueId(Connection c, long now) throws SQLException {
        for (int attempt = 0; attempt < 16; attempt++) {
            String id = ids.next(WriteClock.fromMicros(now));
            if (!sessions.exists(c, id)) return id;
        }
        throw new IllegalStateException("Could not find a free session id; the random source looks broken.");
    }

    private long existingCount(Connection c, String sessionId) throws SQLException {
        long count = sessions.messageCount(c, sessionId);
        if (count < 0) throw unknown(sessionId);
        return count;
    }

    private static Void requireUpdated(int rows, String sessionId) {
        if (rows == 0) throw unknown(sessionId);
        return null;
    }

    private static IllegalArgumentException unknown(String sessionId) {
        return new IllegalArgumentException("No session with id '" + sessionId + "'. List sessions to find the right id.");
    }
}
