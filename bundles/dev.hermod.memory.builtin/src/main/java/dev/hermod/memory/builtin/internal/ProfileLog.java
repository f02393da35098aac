package dev.hermod.memory.builtin.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.hermod.api.memory.ProfileAspect;
import dev.hermod.api.memory.ProfileChange;
import dev.hermod.api.memory.ProfileFact;

/**
 * {@code memory_profile_log}: every change of every user profile, append-only. The profile is the
 * latest row of each key when that row is a SET. Reading the current value and appending the
 * change happen in one write transaction, so concurrent writers never lose an update.
 */
final class ProfileLog {

    private static final String CURRENT = """
            SELECT l.aspect, l.key, l.value, l.source, l.created_at FROM memory_profile_log l
            WHERE l.scope = ? AND l.action = 'SET' AND l.id = (SELECT MAX(m.id) FROM memory_profile_log m
                  WHERE m.scope = l.scope AND m.aspect = l.aspect AND m.key = l.key)
            ORDER BY l.aspect, l.key""";
    private static final String LATEST = "SELECT action, value FROM memory_profile_log"
            + " WHERE scope = ? AND aspect = ? AND key = ? ORDER BY id DESC LIMIT 1";
    private static final String INSERT = "INSERT INTO memory_profile_log (created_at, session_id, scope, aspect, key,"
            + " action, value, previous, source, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String HISTORY = "SELECT id, created_at, session_id, aspect, key, action, value, previous,"
            + " source, reason FROM memory_profile_log WHERE scope = ? ORDER BY id";

    /** One change to record; {@code value} is empty for a removal. */
    record Change(String scope, String sessionId, ProfileAspect aspect, String key, String value, String source,
            String reason) {}

    private final StateDatabase database;

    ProfileLog(StateDatabase database) {
        this.database = database;
    }

    /** The current facts of {@code scope}, by aspect then key. */
    List<ProfileFact> current(String scope) {
        return database.read(db -> current(db, scope));
    }

    /**
     * Records {@code change} unless it changes nothing (same value, or removing an unset key).
     * A new key is refused when {@code scope} already holds {@code maxFacts} facts.
     */
    Optional<ProfileChange> record(Change change, int maxFacts) {
        return database.write(db -> {
            Optional<String> now = latest(db, change);
            boolean removal = change.value().isEmpty();
            if (removal ? now.isEmpty() : now.filter(change.value()::equals).isPresent()) return Optional.empty();
            if (!removal && now.isEmpty() && current(db, change.scope()).size() >= maxFacts) {
                throw new IllegalArgumentException("The profile already holds " + maxFacts + " facts, the most allowed;"
                        + " remove outdated ones (action remove) or update an existing key instead.");
            }
            long at = System.currentTimeMillis();
            long id = insert(db, change, removal, now.orElse(""), at);
            return Optional.of(new ProfileChange(id, Instant.ofEpochMilli(at), change.sessionId(), change.aspect(),
                    change.key(), removal ? ProfileChange.Action.REMOVE : ProfileChange.Action.SET, change.value(),
                    now.orElse(""), change.source(), change.reason()));
        });
    }

    /** Every change of {@code scope}, oldest first. */
    List<ProfileChange> history(String scope) {
        return database.read(db -> {
            List<ProfileChange> out = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement(HISTORY)) {
                query.setString(1, scope);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Optional<ProfileAspect> aspect = ProfileAspect.of(rows.getString(4));
                        if (aspect.isEmpty()) continue; // written by a newer Hermod with more aspects
                        out.add(new ProfileChange(rows.getLong(1), Instant.ofEpochMilli(rows.getLong(2)),
                                rows.getString(3), aspect.get(), rows.getString(5),
                                ProfileChange.Action.valueOf(rows.getString(6)), rows.getString(7), rows.getString(8),
                                rows.getString(9), rows.getString(10)));
                    }
                }
            }
            return out;
        });
    }

    long count() {
        return database.read(db -> {
            try (Statement s = db.createStatement();
                 ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM memory_profile_log")) {
                return rows.next() ? rows.getLong(1) : 0L;
            }
        });
    }

    private static List<ProfileFact> current(Connection db, String scope) throws SQLException {
        List<ProfileFact> facts = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(CURRENT)) {
            query.setString(1, scope);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Optional<ProfileAspect> aspect = ProfileAspect.of(rows.getString(1));
                    aspect.ifPresent(a -> facts.add(fact(a, rows)));
                }
            }
        }
        return facts;
    }

    private static ProfileFact fact(ProfileAspect aspect, ResultSet rows) {
        try {
            return new ProfileFact(aspect, rows.getString(2), rows.getString(3), rows.getString(4),
                    Instant.ofEpochMilli(rows.getLong(5)));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read a profile row: " + e.getMessage(), e);
        }
    }

    /** The key's current value; empty when it is unset or was removed. */
    private static Optional<String> latest(Connection db, Change change) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(LATEST)) {
            query.setString(1, change.scope());
            query.setString(2, change.aspect().id());
            query.setString(3, change.key());
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next() || rows.getString(1).equals("REMOVE")) return Optional.empty();
                return Optional.of(rows.getString(2));
            }
        }
    }

    private static long insert(Connection db, Change change, boolean removal, String previous, long at)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(INSERT)) {
            insert.setLong(1, at);
            insert.setString(2, change.sessionId());
            insert.setString(3, change.scope());
            insert.setString(4, change.aspect().id());
            insert.setString(5, change.key());
            insert.setString(6, removal ? "REMOVE" : "SET");
            insert.setString(7, change.value());
            insert.setString(8, previous);
            insert.setString(9, change.source());
            insert.setString(10, change.reason());
            insert.executeUpdate();
        }
        return SqliteArchive.lastId(db);
    }
}
