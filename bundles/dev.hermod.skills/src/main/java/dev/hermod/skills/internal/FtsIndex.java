package dev.hermod.skills.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.sqlite.SQLiteDataSource;

/**
 * The SQLite FTS5 table behind {@link FtsSkillMatcher}: an in-memory database on one connection,
 * Porter-stemmed and diacritics-folded, ranked by bm25 with per-column weights. Not thread-safe: the
 * matcher serialises access.
 */
final class FtsIndex implements AutoCloseable {

    /** bm25 weights, in column order: name, description, triggers, tags, body. */
    static final String WEIGHTS = "10.0, 4.0, 10.0, 4.0, 1.0";

    /**
     * Candidates come only from the columns that can give field evidence: a word found only in a body
     * never keeps a skill, and common body words ("change", "run") would otherwise make bm25 score
     * most of a large library for every task (that was most of the p99 at 10,000 skills). The
     * candidates are then scored over every column, body included, as before.
     */
    private static final String CANDIDATES = "SELECT rowid FROM skill_fts WHERE skill_fts MATCH "
            + "'{name description triggers tags} : (' || ? || ')' ORDER BY bm25(skill_fts, " + WEIGHTS + ") LIMIT ?";
    private static final String SCORE = "SELECT rowid, -bm25(skill_fts, " + WEIGHTS + ") AS score FROM skill_fts "
            + "WHERE skill_fts MATCH ? AND +rowid IN (SELECT value FROM json_each(?)) ORDER BY score DESC";

    /** A row found by a search; a higher score is a better match. */
    record Hit(long rowid, double score) {
    }

    private final Connection connection;
    private final PreparedStatement candidates;
    private final PreparedStatement score;

    FtsIndex() {
        try {
            SQLiteDataSource source = new SQLiteDataSource();
            source.setUrl("jdbc:sqlite::memory:");
            connection = source.getConnection();
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE VIRTUAL TABLE skill_fts USING fts5(name, description, triggers, tags, body, "
                        + "tokenize='porter unicode61 remove_diacritics 2')");
            }
            candidates = connection.prepareStatement(CANDIDATES);
            score = connection.prepareStatement(SCORE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the in-memory SQLite skill index (" + e.getMessage()
                    + "); sqlite-jdbc must be able to load its native library, which needs a writable "
                    + "java.io.tmpdir", e);
        }
    }

    /** Removes the rows {@code removed} and adds {@code added}, in one transaction. */
    void apply(Collection<Long> removed, Collection<IndexedSkill> added) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM skill_fts WHERE rowid = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO skill_fts(rowid, name, description, triggers, tags, body) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (long rowid : removed) {
                delete.setLong(1, rowid);
                delete.executeUpdate();
            }
            for (IndexedSkill s : added) {
                insert.setLong(1, s.rowid());
                insert.setString(2, s.skill().name().replace('-', ' '));
                insert.setString(3, s.skill().description());
                insert.setString(4, IndexedSkill.wordTriggers(s.rules()));
                insert.setString(5, String.join(" ; ", SkillParser.tags(s.skill())) + " ; " + s.skill().category());
                insert.setString(6, s.skill().body());
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Empties the index. */
    void clear() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DELETE FROM skill_fts");
        }
    }

    /** The best {@code limit} rows for an FTS5 query, best first. */
    List<Hit> search(String ftsQuery, int limit) throws SQLException {
        StringBuilder rowids = new StringBuilder("[");
        candidates.setString(1, ftsQuery);
        candidates.setInt(2, limit);
        try (ResultSet rows = candidates.executeQuery()) {
            while (rows.next()) {
                rowids.append(rowids.length() > 1 ? "," : "").append(rows.getLong(1));
            }
        }
        List<Hit> hits = new ArrayList<>();
        if (rowids.length() == 1) {
            return hits;
        }
        score.setString(1, ftsQuery);
        score.setString(2, rowids.append(']').toString());
        try (ResultSet rows = score.executeQuery()) {
            while (rows.next()) {
                hits.add(new Hit(rows.getLong(1), rows.getDouble(2)));
            }
        }
        return hits;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // an in-memory database has nothing left to lose
        }
    }
}
