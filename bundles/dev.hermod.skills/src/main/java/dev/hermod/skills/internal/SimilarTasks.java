package dev.hermod.skills.internal;

import java.util.HashSet;
import java.util.Set;

import dev.hermod.api.agent.TurnRecord;
import dev.hermod.api.session.SearchHit;
import dev.hermod.api.session.SessionStore;

/**
 * How often a request like this one came up before: the other sessions whose user messages share
 * at least {@link #MIN_OVERLAP} of the request's terms. A recurring task is worth a skill even when
 * each run took only a few tool calls.
 */
final class SimilarTasks {

    static final double MIN_OVERLAP = 0.5;
    private static final int HITS = 100;

    private SimilarTasks() {
    }

    static int count(SessionStore store, TurnRecord turn) {
        if (store == null) return 0;
        Set<String> terms = Terms.of(turn.userText());
        if (terms.isEmpty()) return 0;
        Set<String> sessions = new HashSet<>();
        for (SearchHit hit : store.search(String.join(" ", terms), HITS)) {
            if (!"user".equals(hit.role()) || hit.sessionId().equals(turn.sessionId())) continue;
            Set<String> shared = new HashSet<>(Terms.of(hit.snippet().replace("[", " ").replace("]", " ")));
            shared.retainAll(terms);
            if (shared.size() >= MIN_OVERLAP * Math.min(terms.size(), 12)) sessions.add(hit.sessionId());
        }
        return sessions.size();
    }
}
