package dev.hermod.memory.builtin.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code memory_vectors}: the cached embedding of every archive entry and past message, per
 * model, and what is still to embed. Messages are read from the session store's tables (never
 * written); without them there are none to embed.
 */
final class VectorStore {

    /** A text waiting for its vector. */
    record Pending(VectorKind kind, long refId, String scope, String sessionId, String text) {}

    /** The longest text embedded; models truncate far sooner (MiniLM: 256 word pieces). */
    static final int MAX_TEXT = 2000;

    private static final String LOAD = "SELECT kind, ref_id, scope, session_id, vector FROM memory_vectors"
            + " WHERE model = ? AND ((kind = 'archive' AND ref_id > ?) OR (kind = 'message' AND ref_id > ?))";
    private static final String ARCHIVE = "SELECT id, scope, session_id, substr(entry, 1, " + MAX_TEXT + ")"
            + " FROM memory_archive WHERE id > ? AND action NOT IN ('CONSOLIDATE', 'REFUSED_CONSOLIDATE')"
            + " ORDER BY id LIMIT ?";
    private static final String MESSAGES = "SELECT m.id, s.platform, s.user_id, m.session_id, substr(m.text, 1, "
            + MAX_TEXT + ") FROM session_messages m JOIN session_sessions s ON s.id = m.session_id"
            + " WHERE m.id > ? AND m.role IN ('user', 'assistant') AND trim(m.text) <> '' ORDER BY m.id LIMIT ?";
    private static final String STORE_TABLES = "SELECT COUNT(*) FROM sqlite_master WHERE name IN"
            + " ('session_messages', 'session_sessions')";
    private static final String INSERT = "INSERT OR IGNORE INTO memory_vectors (model, kind, ref_id, scope, session_id,"
            + " vector) VALUES (?, ?, ?, ?, ?, ?)";

    private final StateDatabase database;

    VectorStore(StateDatabase database) {
        this.database = database;
    }

    /** The vectors of {@code model} above the given ref ids (all of them from 0, 0). */
    List<VectorIndex.Entry> load(String model, long afterArchive, long afterMessage) {
        return database.read(db -> {
            List<VectorIndex.Entry> out = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement(LOAD)) {
                query.setString(1, model);
                query.setLong(2, afterArchive);
                query.setLong(3, afterMessage);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        out.add(new VectorIndex.Entry(VectorKind.of(rows.getString(1)), rows.getLong(2),
                                rows.getString(3), rows.getString(4), Vectors.fromBytes(rows.getBytes(5))));
                    }
                }
            }
            return out;
        });
    }

    /** Up to {@code limit} texts of {@code kind} with ref ids above {@code after}, oldest first. */
    List<Pending> pending(VectorKind kind, long after, int limit) {
        return database.read(db -> {
            if (kind == VectorKind.MESSAGE && !storeTablesExist(db)) return List.of();
            List<Pending> out = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement(kind == VectorKind.ARCHIVE ? ARCHIVE : MESSAGES)) {
                query.setLong(1, after);
                query.setInt(2, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) out.add(pending(kind, rows));
                }
            }
            return out;
        });
    }

    /** Stores the vectors of {@code texts} (one each, in order) in one transaction. */
    void insert(String model, List<Pending> texts, List<float[]> vectors) {
        database.write(db -> {
            try (PreparedStatement insert = db.prepareStatement(INSERT)) {
                for (int i = 0; i < texts.size(); i++) {
                    Pending p = texts.get(i);
                    insert.setString(1, model);
                    insert.setString(2, p.kind().id());
                    insert.setLong(3, p.refId());
                    insert.setString(4, p.scope());
                    insert.setString(5, p.sessionId());
                    insert.setBytes(6, Vectors.toBytes(vectors.get(i)));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** How many texts recall can search: archive entries plus user and assistant messages. */
    long embeddable() {
        return database.read(db -> {
            long count = count(db, "SELECT COUNT(*) FROM memory_archive"
                    + " WHERE action NOT IN ('CONSOLIDATE', 'REFUSED_CONSOLIDATE')");
            if (storeTablesExist(db)) {
                count += count(db, "SELECT COUNT(*) FROM session_messages WHERE role IN ('user', 'assistant')"
                        + " AND trim(text) <> ''");
            }
            return count;
        });
    }

    private static Pending pending(VectorKind kind, ResultSet rows) throws SQLException {
        if (kind == VectorKind.ARCHIVE) {
            return new Pending(kind, rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4));
        }
        String scope = MemoryScope.keyOf(rows.getString(2), rows.getString(3));
        return new Pending(kind, rows.getLong(1), scope, rows.getString(4), rows.getString(5));
    }

    private static boolean storeTablesExist(Connection db) throws SQLException {
        return count(db, STORE_TABLES) == 2;
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }
}
