package dev.hermod.memory.holographic.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Full-text candidates: current facts of the scope matching any query word, with their BM25 score
 * turned positive (higher is better). Every word is a quoted FTS5 string, so nothing the model types
 * is FTS5 syntax.
 */
final class FtsCandidates {

    static final int MAX_TERMS = 32;

    Map<Long, Double> find(Connection c, String scope, Collection<String> tokens, double minTrust, int limit)
            throws SQLException {
        Map<Long, Double> out = new LinkedHashMap<>();
        List<String> terms = tokens.stream().limit(MAX_TERMS).map(t -> '"' + t.replace("\"", "\"\"") + '"').toList();
        if (terms.isEmpty()) return out;
        try (PreparedStatement select = c.prepareStatement("SELECT f.id, -bm25(holo_facts_fts) AS score"
                + " FROM holo_facts_fts JOIN holo_facts f ON f.id = holo_facts_fts.rowid"
                + " WHERE holo_facts_fts MATCH ? AND f.scope = ? AND f.superseded_by IS NULL AND f.trust >= ?"
                + " ORDER BY score DESC LIMIT ?")) {
            select.setString(1, String.join(" OR ", terms));
            select.setString(2, scope);
            select.setDouble(3, minTrust);
            select.setInt(4, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) out.put(rows.getLong(1), Math.max(0, rows.getDouble(2)));
            }
        }
        return out;
    }
}
