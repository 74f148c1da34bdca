package org.communitysafety.core.aggregate;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * The threads that run the chunks of {@link Chunks#each} besides the calling one: one fewer
 * daemon threads than the machine has processors (one on one), started on first use, which wait
 * for work by spinning for a millisecond before they park, and so does the calling thread
 * waiting for them — on a machine of one processor neither spins, as it would hold up the thread
 * it waits for.
 *
 * <p>Why not the common pool: its idle workers park at once, and a parked thread takes from a
 * tenth of a millisecond to several to run again on a virtual machine (measured here: the pool's
 * worker began a chunk of query 1 at 10M incidents 0.7–3.6 ms after it was submitted, on
 * average, of a pass of 9 ms on two threads). A pass of a few milliseconds cannot wait for that.
 * Aggregations called one after another (a report's, a benchmark's) find the crew still
 * spinning; one called after a pause pays one wake-up, as before. The spinning stops after a
 * millisecond without work: an idle library uses no processor.
 *
 * <p>The chunks of one call are claimed from a counter by the calling thread and by every
 * member that takes the call up, so a call with more chunks than members, or made while the crew
 * is busy, still finishes: the calling thread takes what no member has. A chunk's exception is
 * thrown to the calling thread after all the chunks have ended. A call from a member's own chunk
 * runs all its chunks on that thread. Thread-safe; package-private.
 */
final class Crew {
    /**
     * How long a member, or the calling thread, spins for work or for the others before it parks:
     * 1 ms, none on one processor.
     */
    static final long SPIN_NANOS = Runtime.getRuntime().availableProcessors() > 1 ? 1_000_000 : 0;

    private static final ConcurrentLinkedQueue<Call> QUEUE = new ConcurrentLinkedQueue<>();
    private static volatile Member[] members;

    private Crew() {}

    /** Runs {@code chunk} for 0 to {@code chunks - 1}: 0 first on the calling thread, the others wherever claimed. */
    static void run(int chunks, IntConsumer chunk) {
        if (chunks <= 1 || Thread.currentThread() instanceof Member) {
            for (int k = 0; k < chunks; k++) {
                chunk.accept(k);
            }
            return;
        }
        Call call = new Call(chunks, chunk, Thread.currentThread());
        Member[] crew = crew();
        for (int k = 0; k < Math.min(chunks - 1, crew.length); k++) {
            QUEUE.add(call);
        }
        for (Member m : crew) {
            LockSupport.unpark(m);
        }
        call.runChunk(0);
        call.claimAll();
        call.await();
    }

    private static Member[] crew() {
        Member[] m = members;
        if (m == null) {
            synchronized (Crew.class) {
                m = members;
                if (m == null) {
                    m = new Member[Math.max(1, Runtime.getRuntime().availableProcessors() - 1)];
                    for (int i = 0; i < m.length; i++) {
                        m[i] = new Member(i);
                        m[i].start();
                    }
                    members = m;
                }
            }
        }
        return m;
    }

    /** One call's chunks: claimed from {@link #next}, counted down in {@link #left} as they end. */
    private static final class Call {
        private final int chunks;
        private final IntConsumer chunk;
        private final Thread caller;
        private final AtomicInteger next = new AtomicInteger(1);
        private final AtomicInteger left;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Call(int chunks, IntConsumer chunk, Thread caller) {
            this.chunks = chunks;
            this.chunk = chunk;
            this.caller = caller;
            this.left = new AtomicInteger(chunks);
        }

        void runChunk(int k) {
            try {
                chunk.accept(k);
            } catch (Throwable e) {
                if (!failure.compareAndSet(null, e) && failure.get() != e) {
                    failure.get().addSuppressed(e);
                }
            } finally {
                if (left.decrementAndGet() == 0) {
                    LockSupport.unpark(caller);
                }
            }
        }

        /** Runs chunks as long as any is unclaimed. */
        void claimAll() {
            for (int k = next.getAndIncrement(); k < chunks; k = next.getAndIncrement()) {
                runChunk(k);
            }
        }

        /** Waits for every chunk to end, then throws what the first that threw threw. */
        void await() {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            boolean interrupted = false;
            while (left.get() > 0) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                    interrupted |= Thread.interrupted();
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            Throwable e = failure.get();
            if (e instanceof RuntimeException r) {
                throw r;
            }
            if (e instanceof Error err) {
                throw err;
            }
            if (e != null) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A member of the crew: takes calls from the queue, spinning a while before it parks. */
    private static final class Member extends Thread {
        Member(int i) {
            super("csi-aggregate-" + (i + 1));
            setDaemon(true);
        }

        @Override
        public void run() {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            while (true) {
                Call call = QUEUE.poll();
                if (call != null) {
                    call.claimAll();
                    spinUntil = System.nanoTime() + SPIN_NANOS;
                } else if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                    Thread.interrupted();   // a member is never interrupted on purpose: go on
                    spinUntil = System.nanoTime() + SPIN_NANOS;
                }
            }
        }
    }
}
