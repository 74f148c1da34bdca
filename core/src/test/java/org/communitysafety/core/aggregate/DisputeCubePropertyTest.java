package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The law particular to disputes — the backlog ledger {@code OPENING_BACKLOG + RECEIVED −
 * CONCLUDED = CLOSING_BACKLOG} in every cell, before and after roll-up — over the seeded random
 * cases of {@link KindCases#disputes}. The laws every kind shares (the naive reference, merging,
 * plus, roll-up, the codec) are {@link CubeLawsPropertyTest}'s. Every failure names its seed.
 */
final class DisputeCubePropertyTest {
    private static final int CASES = 300;

    @Test
    void snapshot_randomCases_keepsTheLedgerIdentityInEveryCellBeforeAndAfterRollUp() {
        for (long seed = 0; seed < CASES; seed++) {
            KindCases.Stored<DisputeMeasure, ?> c = KindCases.disputes(seed);
            Cube<DisputeMeasure> raw = c.aggregate(1);
            for (Cube<DisputeMeasure> cube : List.of(raw, raw.rollUp(c.tree()))) {
                List<String> wrong = new ArrayList<>();
                for (int u = 0; u < c.tree().size(); u++) {
                    for (int p = 0; p < c.periods().size(); p++) {
                        for (int t = 0; t < cube.width(); t++) {
                            long opening = cube.get(DisputeMeasure.OPENING_BACKLOG, u, p, t);
                            long received = cube.get(DisputeMeasure.RECEIVED, u, p, t);
                            long concluded = cube.get(DisputeMeasure.CONCLUDED, u, p, t);
                            long closing = cube.get(DisputeMeasure.CLOSING_BACKLOG, u, p, t);
                            if (opening + received - concluded != closing && wrong.size() < 20) {
                                wrong.add("opening + received - concluded vs closing of unit " + u + ", period " + p
                                        + ", type " + t + ": expected " + (opening + received - concluded) + ", got "
                                        + closing);
                            }
                        }
                    }
                }
                assertThat(wrong).as("seed %d, rolled up %s", seed, cube.isRolledUp()).isEmpty();
            }
        }
    }
}
