package dev.hermod.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.hermod.api.agent.TurnObserver;
import dev.hermod.api.agent.TurnRecord;
import dev.hermod.api.agent.TurnResult;

class TurnObserversTest {

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final TurnObservers observers = new TurnObservers(threads);

    @AfterEach
    void close() {
        threads.shutdownNow();
    }

    private static TurnRecord turn(String session) {
        return new TurnRecord(session, "cli/local", "task", new TurnResult(session, TurnResult.Outcome.COMPLETED, "done",
                1, 0, null, "m"), List.of(), List.of(), List.of());
    }

    /** Records calls in order; its first turnEnded blocks until released, as a slow review would. */
    static final class SlowObserver implements TurnObserver {
        final BlockingQueue<String> calls = new LinkedBlockingQueue<>();
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch entered = new CountDownLatch(1);

        @Override
        public void turnEnded(TurnRecord turn) {
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            calls.add("turn " + turn.sessionId());
        }

        @Override
        public void feedback(String sessionId, boolean positive, String comment) {
            calls.add("feedback " + sessionId + (positive ? " good" : " bad"));
        }
    }

    @Test
    void feedbackReachesAnObserverAfterTheTurnItJudgesAndASlowObserverDelaysNoOther() throws Exception {
        SlowObserver slow = new SlowObserver();
        BlockingQueue<String> fast = new LinkedBlockingQueue<>();
        observers.add(slow);
        observers.add(new TurnObserver() {
            @Override public void turnEnded(TurnRecord turn) { fast.add("turn " + turn.sessionId()); }
            @Override public void feedback(String sessionId, boolean positive, String comment) { fast.add("feedback"); }
        });

        observers.turnEnded(turn("s1"));
        assertTrue(slow.entered.await(5, TimeUnit.SECONDS));
        observers.feedback("s1", false, " wrong ");
        observers.turnEnded(turn("s2"));

        assertEquals("turn s1", fast.poll(5, TimeUnit.SECONDS), "the other observer is not held up");
        assertEquals("feedback", fast.poll(5, TimeUnit.SECONDS));
        assertEquals("turn s2", fast.poll(5, TimeUnit.SECONDS));
        assertEquals(null, slow.calls.poll(100, TimeUnit.MILLISECONDS), "nothing overtakes the running call");
        slow.release.countDown();
        assertEquals("turn s1", slow.calls.poll(5, TimeUnit.SECONDS));
        assertEquals("feedback s1 bad", slow.calls.poll(5, TimeUnit.SECONDS));
        assertEquals("turn s2", slow.calls.poll(5, TimeUnit.SECONDS));
    }

    @Test
    void drainWaitsForTheCallsAlreadySubmitted() throws Exception {
        SlowObserver slow = new SlowObserver();
        observers.add(slow);
        assertTrue(observers.drain(java.time.Duration.ofMillis(10)), "nothing submitted, nothing to wait for");
        observers.turnEnded(turn("s1"));
        observers.feedback("s1", true, "");
        assertTrue(slow.entered.await(5, TimeUnit.SECONDS));
        assertEquals(false, observers.drain(java.time.Duration.ofMillis(50)), "the review is still running");
        slow.release.countDown();
        assertTrue(observers.drain(java.time.Duration.ofSeconds(5)));
        assertEquals(List.of("turn s1", "feedback s1 good"), List.copyOf(slow.calls));
    }

    @Test
    void anObserverThatGoesAwayGetsNoMoreCallsAndRemovingItDoesNotWait() throws Exception {
        SlowObserver slow = new SlowObserver();
        observers.add(slow);
        observers.turnEnded(turn("s1"));
        assertTrue(slow.entered.await(5, TimeUnit.SECONDS));
        observers.remove(slow); // returns at once: an unbind callback must not block
        observers.turnEnded(turn("s2"));
        slow.release.countDown();
        assertEquals("turn s1", slow.calls.poll(5, TimeUnit.SECONDS));
        assertEquals(null, slow.calls.poll(200, TimeUnit.MILLISECONDS), "no call after removal");
    }

    @Test
    void anObserverThatThrowsALinkageErrorKeepsGettingCalls() throws Exception {
        BlockingQueue<String> calls = new LinkedBlockingQueue<>();
        observers.add(new TurnObserver() {
            @Override public void turnEnded(TurnRecord turn) {
                calls.add(turn.sessionId());
                if (turn.sessionId().equals("s1")) throw new NoClassDefFoundError("gone with the old bundle");
            }
        });
        observers.turnEnded(turn("s1"));
        observers.turnEnded(turn("s2"));
        assertEquals("s1", calls.poll(5, TimeUnit.SECONDS));
        assertEquals("s2", calls.poll(5, TimeUnit.SECONDS));
        assertTrue(observers.drain(java.time.Duration.ofSeconds(5)), "the queue is idle again, not wedged");
    }
}
