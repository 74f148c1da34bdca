package org.communitysafety.examples.cli;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.communitysafety.core.io.ReadProgress;

/**
 * Gives back to the operating system the heap that reading a large tree leaves free: one
 * explicit full collection ({@link System#gc()}) when the reference files are read, before the
 * record files, and one when every file is read, before the aggregation — only when {@code
 * jurisdictions.csv} held at least {@value #LARGE_TREE} rows. It changes no figure and nothing
 * in the library; it is the command's, which knows that the garbage of a phase is behind it.
 *
 * <h2>Why</h2>
 * While a million units are read, every young collection copies the units read so far; with
 * two cores (and other processes) those pauses take more than G1's target share of the time
 * (7.7 %, {@code GCTimeRatio} 12), and JDK 17's G1 expands the heap each time, to 3.9–4.3 GB of
 * the default 6 GB, while only 0.3–0.5 GB is live. The eden of that heap is 60 % of it, so the
 * record files and the aggregation then touch 2 GB and more of pages that were never touched
 * before: the process's RSS reached 3.5–4.2 GiB (benchmarks/README.md, "The million-unit
 * tree"). After a full collection G1 shrinks the committed heap to what {@code
 * MaxHeapFreeRatio} (70 %) allows over the live data — 1.2–1.3 GB after the reference files of a
 * million units, 1.4–2.0 GB after the record files — and uncommits the rest, so that what
 * follows reuses fewer, already touched pages: the district report's peak RSS fell from 3.3–3.9
 * GiB to 2.0–2.4 GiB (OpenJDK 17.0.15, runs in turn). A collection after the reading alone was
 * not enough (2.9 GiB): the record files had already touched the eden of the expanded heap.
 *
 * <h2>Cost</h2>
 * Each collection is a stop-the-world pause of 0.3–0.4 s at a million units (the live heap is
 * copied once). Below {@value #LARGE_TREE} units (a city of 3,300 units, whatever its number of
 * incidents) nothing is collected. A workbook is never a large tree here: its sheets are not
 * named {@code jurisdictions.csv}. Under {@code -XX:+DisableExplicitGC} it does nothing.
 *
 * <p>Thread-safe: the record files are read on parallel threads, and each tells its progress.
 */
final class HeapRelief implements ReadProgress {
    /** The rows of {@code jurisdictions.csv} from which a tree is large enough to collect after its reading. */
    static final long LARGE_TREE = 100_000;
    /** The files read before the record files, on the calling thread (see {@code DatasetReader}). */
    private static final Set<String> REFERENCE_FILES = Set.of("taxonomy.csv", "jurisdictions.csv", "populations.csv");

    private final ReadProgress next;
    private final Runnable collect;
    private volatile boolean large;
    private final AtomicBoolean referencesCollected = new AtomicBoolean();

    HeapRelief(ReadProgress next, Runnable collect) {
        this.next = Objects.requireNonNull(next, "next");
        this.collect = Objects.requireNonNull(collect, "collect");
    }

    /** Passes every status on to {@code next}, collecting with {@link System#gc()}. */
    static HeapRelief of(ReadProgress next) {
        return new HeapRelief(next, System::gc);
    }

    @Override
    public void update(Status s) {
        next.update(s);
        if (s.done() && s.file().equals("jurisdictions.csv")) {
            large = s.rows() >= LARGE_TREE;
        } else if (large && !REFERENCE_FILES.contains(s.file()) && referencesCollected.compareAndSet(false, true)) {
            collect.run();   // the first word of a record file: the reference files are read
        }
    }

    /** Called when every file is read: collects once more if the tree is large. */
    void afterReading() {
        if (large) {
            collect.run();
        }
    }
}
