package dev.hermod.memory.holographic.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.hermod.api.memory.MemoryWrite;

/**
 * The write side of the fact store: add, update, remove, contradict, feedback, and mirroring the
 * built-in memory. Nothing is ever deleted: an update or removal marks the old row superseded.
 * Mistakes the model can fix are {@link IllegalArgumentException}s that say how.
 */
final class FactMemory {

    static final int MAX_TEXT = 2000;

    private final FactDatabase database;
    private final TrustPolicy trust;
    private final FactEncoder encoder;
    private final Clock clock;
    private final EntityExtractor extractor = new EntityExtractor();
    private final FactRows facts = new FactRows();
    private final EntityRows entities = new EntityRows();

    FactMemory(FactDatabase database, TrustPolicy trust, FactEncoder encoder, Clock clock) {
        this.database = database;
        this.trust = trust;
        this.encoder = encoder;
        this.clock = clock;
    }

    Fact add(String scope, String text, String source) {
        String clean = checked(text);
        return database.write(c -> insert(c, scope, clean, source, trust.initial()));
    }

    /** Stores {@code text} as the new version of fact {@code id}; the old one stays, superseded. */
    Fact update(String scope, long id, String text) {
        String clean = checked(text);
        return database.write(c -> {
            Fact old = current(c, scope, id);
            Fact fresh = insert(c, scope, clean, old.source(), old.trust());
            facts.supersede(c, id, fresh.id(), clock.millis());
            return fresh;
        });
    }

    /** Marks fact {@code id} removed (superseded by nothing); the row stays for history. */
    Fact remove(String scope, long id) {
        return database.write(c -> {
            current(c, scope, id);
            facts.supersede(c, id, Fact.REMOVED, clock.millis());
            return facts.get(c, scope, id).orElseThrow();
        });
    }

    /** Adds {@code text} as a new fact that contradicts fact {@code id}; the old fact stays, with its trust halved. */
    List<Fact> contradict(String scope, long id, String text) {
        String clean = checked(text);
        return database.write(c -> {
            Fact old = current(c, scope, id);
            Fact fresh = insert(c, scope, clean, "tool", trust.initial());
            facts.contradict(c, id, fresh.id(), trust.contradicted(old.trust()), clock.millis());
            return List.of(facts.get(c, scope, id).orElseThrow(), fresh);
        });
    }

    /** Moves the trust of fact {@code id} by one helpful or unhelpful step (clamped to 0..1). */
    Fact feedback(String scope, long id, boolean helpful) {
        return database.write(c -> {
            Fact fact = facts.get(c, scope, id).orElseThrow(() -> unknown(id));
            facts.feedback(c, id, trust.feedback(fact.trust(), helpful), helpful);
            return facts.get(c, scope, id).orElseThrow();
        });
    }

    /** Mirrors a built-in memory write: add → add, replace → update, remove → superseded. */
    void mirror(String scope, MemoryWrite write) {
        String source = "builtin:" + write.target();
        if (write.action() == MemoryWrite.Action.REMOVE) {
            database.write(c -> {
                Optional<Fact> old = facts.currentByText(c, scope, write.oldText().strip());
                if (old.isPresent()) facts.supersede(c, old.get().id(), Fact.REMOVED, clock.millis());
                return null;
            });
            return;
        }
        if (write.content().isBlank() || SecretPatterns.containsSecret(write.content())) return;
        String text = truncate(write.content().strip());
        database.write(c -> {
            Optional<Fact> old = write.oldText().isBlank() ? Optional.empty()
                    : facts.currentByText(c, scope, write.oldText().strip());
            if (old.isPresent() && old.get().text().equals(text)) return null;
            if (old.isEmpty() && facts.currentByText(c, scope, text).isPresent()) return null;
            Fact fresh = insert(c, scope, text, source, old.map(Fact::trust).orElse(trust.initial()));
            if (old.isPresent()) facts.supersede(c, old.get().id(), fresh.id(), clock.millis());
            return null;
        });
    }

    List<Fact> list(String scope, boolean history, int limit, int offset) {
        return database.read(c -> facts.list(c, scope, history, limit, offset));
    }

    int count(String scope, boolean history) {
        return database.read(c -> facts.count(c, scope, history));
    }

    private Fact insert(Connection c, String scope, String text, String source, double initialTrust)
            throws SQLException {
        List<Entity> found = extractor.extract(text);
        byte[] vector = encoder.encode(Tokens.of(text), found).toBytes();
        long id = facts.insert(c, scope, text, found, source, initialTrust, clock.millis(), vector);
        entities.link(c, scope, id, found);
        return facts.get(c, scope, id).orElseThrow();
    }

    private Fact current(Connection c, String scope, long id) throws SQLException {
        Fact fact = facts.get(c, scope, id).orElseThrow(() -> unknown(id));
        if (fact.supersededBy() == Fact.REMOVED) {
            throw new IllegalArgumentException("Fact #" + id + " was removed; add a new fact instead.");
        }
        if (!fact.current()) {
            throw new IllegalArgumentException("Fact #" + id + " was replaced by #" + fact.supersededBy()
                    + "; use that id.");
        }
        return fact;
    }

    static IllegalArgumentException unknown(long id) {
        return new IllegalArgumentException("No fact #" + id + " in your memory. Use action search or list to find ids.");
    }

    private static String checked(String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) throw new IllegalArgumentException("text is required: one short, self-contained fact.");
        if (clean.length() > MAX_TEXT) {
            throw new IllegalArgumentException("text is " + clean.length() + " characters; a fact may have at most "
                    + MAX_TEXT + ". Split it into several facts.");
        }
        if (SecretPatterns.containsSecret(clean)) {
            throw new IllegalArgumentException("This text looks like it holds a credential (a key, token or password);"
                    + " facts are stored unencrypted, so it was not saved. Store where to find the secret, not the secret.");
        }
        return clean;
    }

    private static String truncate(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
