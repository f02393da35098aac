package dev.hermod.memory.builtin.internal;

/** What an embedding vector was made from; stored by {@link #id()} in {@code memory_vectors.kind}. */
enum VectorKind {
    /** An entry of {@code memory_archive}; ref_id is its row id. */
    ARCHIVE("archive"),
    /** A user or assistant message of the session store; ref_id is {@code session_messages.id}. */
    MESSAGE("message");

    private final String id;

    VectorKind(String id) {
        this.id = id;
    }

    String id() { return id; }

    static VectorKind of(String id) {
        return id.equals(MESSAGE.id) ? MESSAGE : ARCHIVE;
    }
}
