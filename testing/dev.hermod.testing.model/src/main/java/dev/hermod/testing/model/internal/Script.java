package dev.hermod.testing.model.internal;

import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

import dev.hermod.testing.model.Reply;

/** The replies still to play, in order, and the reply used once they are all played. Thread-safe. */
public final class Script {
    private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
    private volatile Reply whenEmpty;

    public void enqueue(Reply reply) {
        replies.add(java.util.Objects.requireNonNull(reply, "reply"));
    }

    /** Sets the reply for requests that find the queue empty; {@code null} answers them with an error. */
    public void whenEmpty(Reply reply) {
        whenEmpty = reply;
    }

    /** The next reply: the head of the queue, else the when-empty reply, else nothing. */
    public Optional<Reply> next() {
        Reply head = replies.poll();
        return Optional.ofNullable(head != null ? head : whenEmpty);
    }

    /** How many enqueued replies have not been played yet. */
    public int pending() {
        return replies.size();
    }
}
