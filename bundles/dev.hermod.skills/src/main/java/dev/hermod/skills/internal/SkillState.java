package dev.hermod.skills.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import dev.hermod.api.skill.SkillVersion;

/**
 * What the library remembers about skills, in state.db: usage and confidence, every version of
 * each SKILL.md, the events of the loop (created, revised, merged, retired ...) and the operator's
 * approvals. The files stay readable and diff-able; this is the ledger beside them. Each call opens
 * its own connection, so several processes (a gateway and a chat) share the file safely.
 */
final class SkillState {

    /** Usage counters of one skill; {@code confidence} is the stored value, before decay. */
    record Usage(String name, int uses, int successes, int failures, double confidence, Instant lastUsed,
                 Instant firstSeen) {
    }

    /** One event of the loop, for the operator. */
    record Event(Instant at, String name, String kind, String detail, String session) {
    }

    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS skills_usage(name TEXT PRIMARY KEY, uses INTEGER NOT NULL DEFAULT 0,
              successes INTEGER NOT NULL DEFAULT 0, failures INTEGER NOT NULL DEFAULT 0, confidence REAL NOT NULL,
              last_used INTEGER, first_seen INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS skills_versions(name TEXT NOT NULL, number INTEGER NOT NULL,
              created INTEGER NOT NULL, actor TEXT NOT NULL, reason TEXT NOT NULL, session TEXT NOT NULL,
              content TEXT NOT NULL, PRIMARY KEY(name, number));
            CREATE TABLE IF NOT EXISTS skills_events(id INTEGER PRIMARY KEY, name TEXT NOT NULL, at INTEGER NOT NULL,
              kind TEXT NOT NULL, detail TEXT NOT NULL, session TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS skills_events_name ON skills_events(name, at);
            CREATE TABLE IF NOT EXISTS skills_approvals(name TEXT NOT NULL, digest TEXT NOT NULL, at INTEGER NOT NULL,
              PRIMARY KEY(name, digest));
            """;

    private final Path file;

    SkillState(Path file) {
        this.file = file;
        try (Connection c = open(); Statement s = c.createStatement()) {
            for (String statement : SCHEMA.split(";")) {
                if (!statement.isBlank()) s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the skill ledger in " + file + " (" + e.getMessage()
                    + "); check that the file is writable and not corrupt (`hermod doctor`)", e);
        }
    }

    /** The usage of a skill, or empty when no turn has used it and it was never recorded. */
    Optional<Usage> usage(String name) {
        return query("SELECT name, uses, successes, failures, confidence, last_used, first_seen FROM skills_usage WHERE name = ?",
                List.of(name), SkillState::usageRow).stream().findFirst();
    }

    List<Usage> usages() {
        return query("SELECT name, uses, successes, failures, confidence, last_used, first_seen FROM skills_usage",
                List.of(), SkillState::usageRow);
    }

    /** Makes sure a skill has a usage row, starting at {@code confidence}. */
    void ensure(String name, double confidence) {
        update("INSERT OR IGNORE INTO skills_usage(name, confidence, first_seen) VALUES (?, ?, ?)",
                name, confidence, System.currentTimeMillis());
    }

    /**
     * Makes a skill count as fresh (restored from the archive): its idle clock restarts now (recorded
     * as its last use) and its confidence is lifted to at least {@code confidence}. Counts stay.
     */
    void refresh(String name, double confidence) {
        ensure(name, confidence);
        update("UPDATE skills_usage SET last_used = ?, confidence = MAX(confidence, ?) WHERE name = ?",
                System.currentTimeMillis(), confidence, name);
    }

    /** A judged use: counts it and sets the new confidence. {@code success} null counts a use only. */
    void recordUse(String name, Boolean success, double confidence) {
        update("UPDATE skills_usage SET uses = uses + 1, successes = successes + ?, failures = failures + ?, "
                        + "confidence = ?, last_used = ? WHERE name = ?",
                Boolean.TRUE.equals(success) ? 1 : 0, Boolean.FALSE.equals(success) ? 1 : 0, confidence,
                System.currentTimeMillis(), name);
    }

    /**
     * A later verdict on a use already counted: moves it from successes to failures (or back) when it
     * differs from the {@code earlier} verdict (null: none was given), and sets the new confidence. The
     * use count and last use stay.
     */
    void rejudge(String name, Boolean earlier, boolean success, double confidence) {
        int flip = earlier == null || earlier == success ? 0 : 1;
        update("UPDATE skills_usage SET successes = successes + ?, failures = failures + ?, confidence = ? WHERE name = ?",
                success ? flip : -flip, success ? -flip : flip, confidence, name);
    }

    /** Sets the confidence without counting a use (feedback after the fact, decay, a new version). */
    void setConfidence(String name, double confidence) {
        update("UPDATE skills_usage SET confidence = ? WHERE name = ?", confidence, name);
    }

    /** Records {@code content} as the next version unless it equals the latest; returns the latest number. */
    synchronized int recordVersion(String name, String content, String actor, String reason, String session) {
        // One statement, so two processes on one state.db (a gateway and a chat) never pick the same
        // number: SQLite runs it under its write lock.
        update(RECORD_VERSION, name, System.currentTimeMillis(), actor, reason, session == null ? "" : session, content);
        return query("SELECT MAX(number) FROM skills_versions WHERE name = ?", List.of(name), r -> r.getInt(1))
                .get(0);
    }

    /** The next version of ?1, unless its latest version already holds exactly this content (?6). */
    private static final String RECORD_VERSION = """
            INSERT INTO skills_versions(name, number, created, actor, reason, session, content)
            SELECT ?1, COALESCE((SELECT MAX(number) FROM skills_versions WHERE name = ?1), 0) + 1, ?2, ?3, ?4, ?5, ?6
            WHERE NOT EXISTS (SELECT 1 FROM (SELECT content FROM skills_versions WHERE name = ?1 ORDER BY number DESC
                LIMIT 1) WHERE content = ?6)""";

    List<SkillVersion> versions(String name) {
        return query("SELECT number, created, actor, reason, session, content FROM skills_versions WHERE name = ? ORDER BY number",
                List.of(name), r -> new SkillVersion(r.getInt(1), Instant.ofEpochMilli(r.getLong(2)), r.getString(3),
                        r.getString(4), r.getString(5), r.getString(6)));
    }

    void event(String name, String kind, String detail, String session) {
        event(name, kind, detail, session, Instant.now());
    }

    /** An event that happened at {@code at} (a curation dated by the time it curated for). */
    void event(String name, String kind, String detail, String session, Instant at) {
        update("INSERT INTO skills_events(name, at, kind, detail, session) VALUES (?, ?, ?, ?, ?)",
                name, at.toEpochMilli(), kind, detail == null ? "" : detail, session == null ? "" : session);
    }

    /** The events of one skill (or of all when {@code name} is null), newest first. */
    List<Event> events(String name, int limit) {
        String where = name == null ? "" : "WHERE name = ? ";
        List<Object> args = new ArrayList<>();
        if (name != null) args.add(name);
        args.add(limit);
        return query("SELECT at, name, kind, detail, session FROM skills_events " + where + "ORDER BY id DESC LIMIT ?",
                args, r -> new Event(Instant.ofEpochMilli(r.getLong(1)), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5)));
    }

    /** When the last event of this kind about {@code name} happened, if ever. */
    Optional<Instant> lastEvent(String name, String kind) {
        return query("SELECT at FROM skills_events WHERE name = ? AND kind = ? ORDER BY id DESC LIMIT 1",
                List.of(name, kind), r -> Instant.ofEpochMilli(r.getLong(1))).stream().findFirst();
    }

    void approve(String name, String digest) {
        update("INSERT OR IGNORE INTO skills_approvals(name, digest, at) VALUES (?, ?, ?)", name, digest,
                System.currentTimeMillis());
    }

    boolean approved(String name, String digest) {
        return !query("SELECT 1 FROM skills_approvals WHERE name = ? AND digest = ?", List.of(name, digest),
                r -> 1).isEmpty();
    }

    private static Usage usageRow(ResultSet r) throws SQLException {
        long last = r.getLong(6);
        Instant lastUsed = r.wasNull() ? null : Instant.ofEpochMilli(last);
        return new Usage(r.getString(1), r.getInt(2), r.getInt(3), r.getInt(4), r.getDouble(5), lastUsed,
                Instant.ofEpochMilli(r.getLong(7)));
    }

    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, List<?> args, Row<T> row) {
        try (Connection c = open(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args.toArray());
            List<T> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) out.add(row.read(r));
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void update(String sql, Object... args) {
        try (Connection c = open(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static void bind(PreparedStatement s, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) s.setObject(i + 1, args[i]);
    }

    private IllegalStateException failure(SQLException e) {
        return new IllegalStateException("the skill ledger in " + file + " failed: " + e.getMessage(), e);
    }

    private Connection open() throws SQLException {
        createPrivately();
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(5000);
        // DataSource, not DriverManager: in a fresh OSGi framework DriverManager finds no driver
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return source.getConnection();
    }

    private void createPrivately() throws SQLException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (Files.notExists(file) && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // another process created it first
        } catch (IOException e) {
            throw new SQLException("cannot create " + file + ": " + e.getMessage(), e);
        }
    }
}
