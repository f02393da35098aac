package dev.hermod.memory.holographic.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The SQL on {@code holo_facts}. Every query names the scope, so one user never reaches another's facts. */
final class FactRows {

    private static final String COLUMNS = "id, scope, text, entities, source, trust, helpful, unhelpful, created_at,"
            + " updated_at, last_recalled, superseded_by, contradicted_by, vector";

    long insert(Connection c, String scope, String text, List<Entity> entities, String source, double trust,
                long now, byte[] vector) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO holo_facts (scope, text, entities, source,"
                + " trust, created_at, updated_at, vector) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, scope);
            insert.setString(2, text);
            insert.setString(3, String.join("\n", entities.stream().map(Entity::display).toList()));
            insert.setString(4, source);
            insert.setDouble(5, trust);
            insert.setLong(6, now);
            insert.setLong(7, now);
            insert.setBytes(8, vector);
            insert.executeUpdate();
        }
        try (PreparedStatement id = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rows = id.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    Optional<Fact> get(Connection c, String scope, long id) throws SQLException {
        List<Fact> found = query(c, "SELECT " + COLUMNS + " FROM holo_facts WHERE scope = ? AND id = ?", scope, id);
        return found.stream().findFirst();
    }

    /** The current facts among {@code ids} with at least {@code minTrust}. */
    List<Fact> current(Connection c, String scope, Collection<Long> ids, double minTrust) throws SQLException {
        List<Fact> out = new ArrayList<>();
        for (Long id : ids) {
            get(c, scope, id).filter(f -> f.current() && f.trust() >= minTrust).ifPresent(out::add);
        }
        return out;
    }

    /** The newest current fact of the scope whose text is exactly {@code text}. */
    Optional<Fact> currentByText(Connection c, String scope, String text) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM holo_facts WHERE scope = ? AND text = ? AND superseded_by IS NULL"
                + " ORDER BY id DESC LIMIT 1", scope, text).stream().findFirst();
    }

    /** Newest first; current facts only unless {@code history}. */
    List<Fact> list(Connection c, String scope, boolean history, int limit, int offset) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM holo_facts WHERE scope = ?"
                + (history ? "" : " AND superseded_by IS NULL") + " ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?",
                scope, limit, offset);
    }

    int count(Connection c, String scope, boolean history) throws SQLException {
        try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM holo_facts WHERE scope = ?"
                + (history ? "" : " AND superseded_by IS NULL"))) {
            count.setString(1, scope);
            try (ResultSet rows = count.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    void supersede(Connection c, long id, long by, long now) throws SQLException {
        update(c, "UPDATE holo_facts SET superseded_by = ?, updated_at = ? WHERE id = ?", by, now, id);
    }

    void contradict(Connection c, long id, long by, double trust, long now) throws SQLException {
        update(c, "UPDATE holo_facts SET contradicted_by = ?, trust = ?, updated_at = ? WHERE id = ?", by, trust, now, id);
    }

    void feedback(Connection c, long id, double trust, boolean helpful) throws SQLException {
        update(c, "UPDATE holo_facts SET trust = ?, " + (helpful ? "helpful = helpful + 1" : "unhelpful = unhelpful + 1")
                + " WHERE id = ?", trust, id);
    }

    void recalled(Connection c, Collection<Long> ids, long now) throws SQLException {
        for (Long id : ids) update(c, "UPDATE holo_facts SET last_recalled = ? WHERE id = ?", now, id);
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) update.setObject(i + 1, values[i]);
            update.executeUpdate();
        }
    }

    private static List<Fact> query(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) select.setObject(i + 1, values[i]);
            List<Fact> out = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) out.add(read(rows));
            }
            return out;
        }
    }

    private static Fact read(ResultSet rows) throws SQLException {
        String entities = rows.getString(4);
        return new Fact(rows.getLong(1), rows.getString(2), rows.getString(3),
                entities.isEmpty() ? List.of() : Arrays.asList(entities.split("\n")), rows.getString(5),
                rows.getDouble(6), rows.getInt(7), rows.getInt(8), rows.getLong(9), rows.getLong(10), rows.getLong(11),
                rows.getLong(12), rows.getLong(13), rows.getBytes(14));
    }
}
