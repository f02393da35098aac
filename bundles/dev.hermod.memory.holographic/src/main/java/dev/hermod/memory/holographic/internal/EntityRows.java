package dev.hermod.memory.holographic.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The SQL on {@code holo_entities} and {@code holo_fact_entities}, scoped like {@link FactRows}. */
final class EntityRows {

    void link(Connection c, String scope, long factId, List<Entity> entities) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO holo_entities (scope, name, display, kind)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (scope, name) DO NOTHING");
             PreparedStatement link = c.prepareStatement("INSERT OR IGNORE INTO holo_fact_entities (fact_id, entity_id)"
                     + " SELECT ?, id FROM holo_entities WHERE scope = ? AND name = ?")) {
            for (Entity entity : entities) {
                upsert.setString(1, scope);
                upsert.setString(2, entity.key());
                upsert.setString(3, entity.display());
                upsert.setString(4, entity.kind());
                upsert.executeUpdate();
                link.setLong(1, factId);
                link.setString(2, scope);
                link.setString(3, entity.key());
                link.executeUpdate();
            }
        }
    }

    /**
     * Current facts linked to any of the entities {@code keys}, with how many of them each links,
     * most links first, at most {@code limit}.
     */
    Map<Long, Integer> factsFor(Connection c, String scope, Collection<String> keys, int limit) throws SQLException {
        Map<Long, Integer> out = new LinkedHashMap<>();
        if (keys.isEmpty()) return out;
        String marks = String.join(", ", keys.stream().map(k -> "?").toList());
        try (PreparedStatement select = c.prepareStatement("SELECT fe.fact_id, COUNT(*) AS n FROM holo_entities e"
                + " JOIN holo_fact_entities fe ON fe.entity_id = e.id JOIN holo_facts f ON f.id = fe.fact_id"
                + " WHERE e.scope = ? AND e.name IN (" + marks + ") AND f.superseded_by IS NULL"
                + " GROUP BY fe.fact_id ORDER BY n DESC, f.updated_at DESC LIMIT ?")) {
            int i = 1;
            select.setString(i++, scope);
            for (String key : keys) select.setString(i++, key);
            select.setInt(i, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) out.put(rows.getLong(1), rows.getInt(2));
            }
        }
        return out;
    }

    /** The entity keys linked to the facts {@code factIds}. */
    Set<String> keysOf(Connection c, Collection<Long> factIds) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (PreparedStatement select = c.prepareStatement("SELECT e.name FROM holo_fact_entities fe"
                + " JOIN holo_entities e ON e.id = fe.entity_id WHERE fe.fact_id = ?")) {
            for (Long id : factIds) {
                select.setLong(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) out.add(rows.getString(1));
                }
            }
        }
        return out;
    }
}
