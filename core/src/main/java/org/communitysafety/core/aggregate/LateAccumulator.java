package org.communitysafety.core.aggregate;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.communitysafety.core.lang.Futures;

/**
 * The accumulator of a parallel incident pass, made by the calling thread while the others
 * begin ({@link IncidentAccumulator#addedInParallel}, {@link IncidentRollUp}): Java zeroes a new
 * array on the thread that allocates it, 1–2 ms for the 17 MB of counts of 36 months at 10M
 * incidents, which the other threads need not wait for. A group they take before the arrays are
 * there goes into {@linkplain #aside arrays of its own units}, copied in once they are. Thread-safe; package-private.
 */
final class LateAccumulator {
    private final CompletableFuture<IncidentAccumulator> made = new CompletableFuture<>();
    private final Supplier<IncidentAccumulator> allocate;

    LateAccumulator(Supplier<IncidentAccumulator> allocate) {
        this.allocate = allocate;
    }

    /**
     * Makes the accumulator, on the calling thread; if that throws, the threads that {@linkplain
     * #await await} it throw the same.
     */
    IncidentAccumulator make() {
        IncidentAccumulator acc;
        try {
            acc = allocate.get();
        } catch (RuntimeException | Error e) {
            made.completeExceptionally(e);
            throw e;
        }
        made.complete(acc);
        return acc;
    }

    /** The accumulator, or null while it is being made. */
    IncidentAccumulator now() {
        return made.getNow(null);
    }

    /** The accumulator, waiting for it: what making it threw is thrown here. */
    IncidentAccumulator await() {
        return Futures.join(made);
    }

    /**
     * Arrays of units {@code first .. first + count - 1} alone for the measures of {@code mask},
     * to add a group into before the accumulator is there.
     */
    static Aside aside(IncidentStore store, PeriodIndex periods, int mask, int first, int count) {
        return new Aside(first,
                IncidentAccumulator.ranged(store.unitCount(), store.categoryCount(), periods, mask, count));
    }

    /** A group's cells, in arrays of its own units from {@code first} ({@code own}'s). */
    record Aside(int first, IncidentAccumulator own) {
        /** A pass into these arrays, its days-to-clear runs into {@code runs}. */
        IncidentPass pass(ClearanceRuns runs) {
            IncidentPass pass = new IncidentPass(own, runs);
            pass.firstUnit = first;
            return pass;
        }

        /** Copies the cells into {@code into}'s arrays, at the units' place. */
        void copyInto(IncidentAccumulator into) {
            int block = into.periods.size() * into.categories;
            for (int m = 0; m < into.columns.length; m++) {
                if (own.columns[m] != null) {
                    System.arraycopy(own.columns[m], 0, into.columns[m], first * block, own.columns[m].length);
                }
            }
        }
    }
}
