package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link Crew}, the threads of {@link Chunks#each}: every chunk runs once, chunk 0 on the
 * calling thread, whatever the number of chunks against the crew's size and whoever else is
 * calling; a chunk's exception reaches the caller only after every chunk has ended; a chunk that
 * calls again does not wait for itself. Each test has a timeout: a lost wake-up would hang.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
final class CrewTest {
    @Test
    void run_anyNumberOfChunks_runsEachOnceAndChunkZeroOnTheCaller() {
        for (int chunks = 1; chunks <= 40; chunks++) {
            for (int round = 0; round < 20; round++) {
                AtomicIntegerArray runs = new AtomicIntegerArray(chunks);
                Thread caller = Thread.currentThread();
                Thread[] ranOn = new Thread[chunks];
                Crew.run(chunks, k -> {
                    runs.incrementAndGet(k);
                    ranOn[k] = Thread.currentThread();
                });
                for (int k = 0; k < chunks; k++) {
                    assertThat(runs.get(k)).as("chunk %d of %d", k, chunks).isEqualTo(1);
                }
                assertThat(ranOn[0]).as("chunk 0 of %d", chunks).isSameAs(caller);
            }
        }
    }

    @Test
    void run_moreChunksThanTheCrew_usesTheCallerAndTheCrew() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        for (int round = 0; round < 50; round++) {
            Crew.run(16, k -> {
                threads.add(Thread.currentThread());
                busy(200_000);
            });
        }
        int expected = Math.min(2, Runtime.getRuntime().availableProcessors());
        assertThat(threads).as("threads that ran chunks").hasSizeGreaterThanOrEqualTo(expected);
        assertThat(threads).filteredOn(t -> t != Thread.currentThread())
                .allMatch(t -> t.getName().startsWith("csi-aggregate-") && t.isDaemon());
    }

    @Test
    void run_aChunkThrows_theCallerGetsItAfterEveryChunkEnded() {
        for (int thrower : new int[] {0, 1, 5}) {
            AtomicIntegerArray ended = new AtomicIntegerArray(6);
            IllegalArgumentException bad = new IllegalArgumentException("chunk " + thrower + " is bad");
            assertThatThrownBy(() -> Crew.run(6, k -> {
                if (k == thrower) {
                    throw bad;
                }
                busy(2_000_000);
                ended.set(k, 1);
            })).isSameAs(bad);
            for (int k = 0; k < 6; k++) {
                assertThat(ended.get(k)).as("chunk %d, when chunk %d threw", k, thrower).isEqualTo(k == thrower ? 0 : 1);
            }
        }
        AssertionError error = new AssertionError("an error");
        assertThatThrownBy(() -> Crew.run(3, k -> {
            if (k == 2) {
                throw error;
            }
        })).isSameAs(error);
    }

    @Test
    void run_twoChunksThrow_theFirstIsThrownTheOtherSuppressed() {
        Throwable thrown = null;
        try {
            Crew.run(4, k -> {
                if (k >= 2) {
                    throw new IllegalStateException("chunk " + k);
                }
            });
        } catch (IllegalStateException e) {
            thrown = e;
        }
        assertThat(thrown).isNotNull();
        assertThat(thrown.getSuppressed()).hasSize(1);
        assertThat(List.of(thrown.getMessage(), thrown.getSuppressed()[0].getMessage()))
                .containsExactlyInAnyOrder("chunk 2", "chunk 3");
    }

    @Test
    void run_fromAChunk_runsTheInnerChunksWithoutWaitingForItself() {
        AtomicIntegerArray inner = new AtomicIntegerArray(4 * 5);
        Crew.run(4, k -> Crew.run(5, j -> inner.incrementAndGet(k * 5 + j)));
        for (int i = 0; i < inner.length(); i++) {
            assertThat(inner.get(i)).as("inner chunk %d", i).isEqualTo(1);
        }
    }

    @Test
    void run_manyCallersAtOnce_eachGetsAllItsChunks() throws InterruptedException {
        int callers = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int c = 0; c < callers; c++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    for (int round = 0; round < 300; round++) {
                        int chunks = 2 + round % 7;
                        AtomicIntegerArray runs = new AtomicIntegerArray(chunks);
                        Crew.run(chunks, runs::incrementAndGet);
                        for (int k = 0; k < chunks; k++) {
                            if (runs.get(k) != 1) {
                                throw new AssertionError("chunk " + k + " ran " + runs.get(k) + " times");
                            }
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(failures).isEmpty();
    }

    private static void busy(long nanos) {
        long until = System.nanoTime() + nanos;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
