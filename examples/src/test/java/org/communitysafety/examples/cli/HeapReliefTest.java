package org.communitysafety.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.communitysafety.core.io.ReadProgress.Status;
import org.junit.jupiter.api.Test;

/** {@link HeapRelief}: collects once after the reference files and once after the reading, only for a large tree. */
final class HeapReliefTest {
    private final List<Status> passed = new ArrayList<>();
    private final AtomicInteger collections = new AtomicInteger();
    private final HeapRelief relief = new HeapRelief(passed::add, collections::incrementAndGet);

    private void read(long units) {
        relief.update(new Status("taxonomy.csv", 0, 0, 100, false));
        relief.update(new Status("taxonomy.csv", 18, 100, 100, true));
        relief.update(new Status("jurisdictions.csv", 0, 0, 1000, false));
        relief.update(new Status("jurisdictions.csv", units, 1000, 1000, true));
        relief.update(new Status("populations.csv", 0, 0, 1000, false));
        relief.update(new Status("populations.csv", 3 * units, 1000, 1000, true));
    }

    @Test
    void largeTree_collectsWhenTheFirstRecordFileStarts_onceForAllRecordFiles() {
        read(HeapRelief.LARGE_TREE);
        assertThat(collections).hasValue(0);   // not while the reference files are read
        relief.update(new Status("disputes.csv", 0, 0, 1000, false));
        assertThat(collections).hasValue(1);
        relief.update(new Status("incidents.csv", 0, 0, 1000, false));
        relief.update(new Status("outreach.csv", 0, 0, 1000, false));
        relief.update(new Status("incidents.csv", 65_536, 500, 1000, false));
        relief.update(new Status("incidents.csv", 100_000, 1000, 1000, true));
        assertThat(collections).hasValue(1);
        relief.afterReading();
        assertThat(collections).hasValue(2);
        assertThat(passed).hasSize(11);   // every status is passed on
    }

    @Test
    void smallTree_neverCollects() {
        read(HeapRelief.LARGE_TREE - 1);
        relief.update(new Status("incidents.csv", 0, 0, 1000, false));
        relief.update(new Status("incidents.csv", 10_000_000, 1000, 1000, true));
        relief.afterReading();
        assertThat(collections).hasValue(0);
        assertThat(passed).hasSize(8);
    }

    @Test
    void noJurisdictionsFile_neverCollects() {
        relief.update(new Status("book.xlsx [辖区]", 2_000_000, -1, -1, true));
        relief.update(new Status("book.xlsx [警情]", 0, -1, -1, false));
        relief.afterReading();
        assertThat(collections).hasValue(0);
    }
}
