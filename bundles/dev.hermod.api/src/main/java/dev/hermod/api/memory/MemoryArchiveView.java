package dev.hermod.api.memory;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Read access to the built-in memory's archive and recall for operators and front ends (the shell's
 * {@code hermod:memory search} and {@code history}). Provided by the built-in memory. Every call
 * is scoped to one person: it sees the rows of that person's MEMORY.md (on a gateway their own,
 * unless the operator shares the agent's notes) and USER.md, and their sessions, never another
 * person's.
 *
 * <p>Thread-safe. Methods throw {@link IllegalStateException} when the state database cannot be
 * read; the message says why.
 */
@ProviderType
public interface MemoryArchiveView {

    /**
     * Searches what recall searches: every archived entry (pinned ones included, labelled so) and
     * the user and assistant messages of the person's sessions, with embeddings when an embedding
     * model is registered. Best first.
     *
     * @param platform the platform ({@code cli} or empty for the local user)
     * @param userId the user on that platform; ignored for the local user
     * @param query words to look for; empty gives no hits
     * @param limit the most hits
     */
    List<MemorySearchHit> search(String platform, String userId, String query, int limit);

    /**
     * Every archived change of one entry, oldest first: the rows about its text, following
     * replacements both ways (an entry replaced by another is the same entry), and the
     * consolidations that kept or dropped it.
     *
     * @param entry a row id ({@code 12} or {@code #12}), the entry's exact text, or a piece of text
     *        that only one archived entry contains
     * @return the changes; empty when no archived entry matches
     * @throws IllegalArgumentException when the piece of text matches several entries; the message lists them
     */
    List<ArchivedChange> history(String platform, String userId, String entry);

    /** Counts and the recall mode. */
    ArchiveStatus status();
}
