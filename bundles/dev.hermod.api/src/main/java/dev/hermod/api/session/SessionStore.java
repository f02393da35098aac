package dev.hermod.api.session;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.Usage;

/**
 * Durable sessions and their full transcripts. Thread-safe; every method is a short blocking
 * call against local storage. Nothing is ever deleted from a transcript: context compression
 * changes what the model sees, never what is stored.
 */
@ProviderType
public interface SessionStore {

    /** Creates a session and returns it. */
    SessionInfo create(NewSession session);

    /** The session with this id, if it exists. */
    Optional<SessionInfo> get(String sessionId);

    /** The most recently updated sessions first, at most {@code limit}. */
    List<SessionInfo> list(int limit);

    /** The most recently updated session with this session key, if any. */
    Optional<SessionInfo> latest(String sessionKey);

    /** Appends messages to a session's transcript, in order, atomically. */
    void append(String sessionId, List<ChatMessage> messages);

    /** The whole transcript of a session, in order. */
    List<StoredMessage> messages(String sessionId);

    /** Adds a model call's usage and cost (in US dollars; 0 when unknown) to the session's counters. */
    void addUsage(String sessionId, Usage usage, double costUsd);

    /** Sets a session's title. */
    void setTitle(String sessionId, String title);

    /**
     * Full-text search over every stored message (all sessions), best first.
     *
     * @param query words to find; FTS5 query syntax is not required (plain words are matched)
     * @param limit the most hits to return
     */
    List<SearchHit> search(String query, int limit);
}
