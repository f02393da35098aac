package dev.hermod.store.sqlite.internal;

import java.util.List;
import java.util.Optional;

import dev.hermod.api.session.SearchHit;
import dev.hermod.api.session.SessionInfo;
import dev.hermod.api.session.StoredMessage;

/**
 * What the {@code session_search} tool needs beyond {@link dev.hermod.api.session.SessionStore}:
 * a search restricted to one session and a slice of a transcript. Registered by
 * {@link SqliteSessionStore} as a bundle-private service.
 */
interface TranscriptIndex {

    /** Like {@code SessionStore.search}, restricted to {@code sessionId} unless it is empty. */
    List<SearchHit> search(String query, String sessionId, int limit);

    /** The session with this id, if any. */
    Optional<SessionInfo> get(String sessionId);

    /** The messages of a session with {@code fromSeq <= seq <= toSeq}, in order. */
    List<StoredMessage> messages(String sessionId, long fromSeq, long toSeq);
}
