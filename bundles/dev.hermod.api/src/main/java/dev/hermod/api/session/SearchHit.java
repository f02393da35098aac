package dev.hermod.api.session;

import java.time.Instant;

/**
 * A message that matched a transcript search.
 *
 * @param sessionId the session it belongs to
 * @param seq its position in the transcript
 * @param role system, user, assistant or tool
 * @param snippet the matching part of the text, with the matched words marked {@code [like this]}
 * @param createdAt when it was stored
 * @param score the relevance, higher is better
 */
public record SearchHit(String sessionId, long seq, String role, String snippet, Instant createdAt, double score) {}
