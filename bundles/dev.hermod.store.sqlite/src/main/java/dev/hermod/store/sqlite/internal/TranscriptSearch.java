package dev.hermod.store.sqlite.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.hermod.api.session.SearchHit;

/** FTS5 search over message text, ranked by bm25, with {@code [marked]} snippets. */
final class TranscriptSearch {

    private static final String SQL = """
            SELECT m.session_id, m.seq, m.role, m.created_at,
                   snippet(session_messages_fts, 0, '[', ']', '…', 16) AS snippet,
                   bm25(session_messages_fts) AS rank
              FROM session_messages_fts
              JOIN session_messages m ON m.id = session_messages_fts.rowid
             WHERE session_messages_fts MATCH ? AND (? = '' OR m.session_id = ?)
             ORDER BY rank, m.id DESC
             LIMIT ?""";

    /**
     * Messages holding all the words, best first; when none does, messages holding any of them.
     *
     * @param sessionId restricts the search to one session; empty for all
     */
    List<SearchHit> search(Connection c, FtsQuery query, String sessionId, int limit) throws SQLException {
        if (query.isEmpty() || limit <= 0) return List.of();
        List<SearchHit> hits = run(c, query.allTerms(), sessionId, limit);
        if (hits.isEmpty() && query.terms().size() > 1) hits = run(c, query.anyTerm(), sessionId, limit);
        return hits;
    }

    private static List<SearchHit> run(Connection c, String match, String sessionId, int limit) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(SQL)) {
            query.setString(1, match);
            query.setString(2, sessionId);
            query.setString(3, sessionId);
            query.setInt(4, limit);
            try (ResultSet r = query.executeQuery()) {
                List<SearchHit> hits = new ArrayList<>();
                while (r.next()) {
                    // bm25() is lower-is-better; SearchHit.score is higher-is-better
                    hits.add(new SearchHit(r.getString(1), r.getLong(2), r.getString(3), r.getString(5),
                            WriteClock.fromMicros(r.getLong(4)), -r.getDouble(6)));
                }
                return hits;
            }
        }
    }
}
