package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.communitysafety.core.period.Period;

/** Assertions on whole cubes that name the first cells that differ, not just "not equal". */
final class CubeChecks {
    private static final int SHOWN = 5;

    private CubeChecks() {}

    /**
     * Every cell of {@code cube} equals the naive figure: of each unit's own incidents, or of its
     * whole subtree when {@code rolledUp}; every measure and distribution when the cube has
     * detail, {@code COUNT} only otherwise.
     */
    static void assertMatchesNaive(Cube<IncidentMeasure> cube, RandomCases.Case c, boolean rolledUp) {
        NaiveIncidents naive = c.naive();
        PeriodIndex periods = c.periods();
        assertThat(cube.units()).as("%s", c).isEqualTo(c.tree().size());
        assertThat(cube.width()).as("%s", c).isEqualTo(c.taxonomy().size());
        assertThat(cube.periods()).as("%s", c).isEqualTo(periods);
        assertThat(cube.isRolledUp()).as("%s", c).isEqualTo(rolledUp);
        List<String> diffs = new ArrayList<>();
        for (int u = 0; u < cube.units(); u++) {
            for (int p = 0; p < periods.size(); p++) {
                Period period = periods.period(p);
                for (int k = 0; k < cube.width(); k++) {
                    for (IncidentMeasure m : IncidentMeasure.values()) {
                        if (m != IncidentMeasure.COUNT && !cube.hasDetail()) {
                            continue;
                        }
                        long expected = rolledUp ? naive.subtree(m, u, period, k) : naive.own(m, u, period, k);
                        long actual = cube.get(m, u, p, k);
                        if (expected != actual && diffs.size() < SHOWN) {
                            diffs.add(String.format("%s of unit %d (%s), %s, category %d: expected %d, got %d", m, u,
                                    c.tree().unit(u).code(), period, k, expected, actual));
                        }
                    }
                }
                if (cube.hasDetail()) {
                    DayDistribution expected = rolledUp ? naive.subtreeDaysToClear(u, period)
                            : naive.ownDaysToClear(u, period);
                    DayDistribution actual = cube.distribution(u, p);
                    if (!expected.equals(actual) && diffs.size() < SHOWN) {
                        diffs.add(String.format("days to clear of unit %d, %s: expected %s, got %s", u, period,
                                expected, actual));
                    }
                }
            }
        }
        if (!diffs.isEmpty()) {
            fail("%s%s differs from the naive reference:%n  %s", c, rolledUp ? " rolled up" : "",
                    String.join("\n  ", diffs));
        }
    }

    /** {@code actual} equals {@code expected}; on failure, the first differing cells are named. */
    static void assertSameCube(Cube<IncidentMeasure> actual, Cube<IncidentMeasure> expected, String what, Object... args) {
        if (actual.equals(expected)) {
            assertThat(actual.hashCode()).as(what, args).isEqualTo(expected.hashCode());
            return;
        }
        List<String> diffs = new ArrayList<>();
        if (actual.units() != expected.units() || actual.width() != expected.width()
                || !actual.periods().equals(expected.periods()) || actual.hasDetail() != expected.hasDetail()
                || actual.isRolledUp() != expected.isRolledUp()) {
            diffs.add("shape or state: " + actual + " vs " + expected);
        } else {
            for (int u = 0; u < actual.units(); u++) {
                for (int p = 0; p < actual.periods().size(); p++) {
                    for (int k = 0; k < actual.width(); k++) {
                        for (IncidentMeasure m : IncidentMeasure.values()) {
                            if (m != IncidentMeasure.COUNT && !actual.hasDetail()) {
                                continue;
                            }
                            long a = actual.get(m, u, p, k);
                            long e = expected.get(m, u, p, k);
                            if (a != e && diffs.size() < SHOWN) {
                                diffs.add(String.format("%s (%d, %d, %d): expected %d, got %d", m, u, p, k, e, a));
                            }
                        }
                    }
                    if (actual.hasDetail() && !actual.distribution(u, p).equals(expected.distribution(u, p))
                            && diffs.size() < SHOWN) {
                        diffs.add(String.format("days to clear (%d, %d): expected %s, got %s", u, p,
                                expected.distribution(u, p), actual.distribution(u, p)));
                    }
                }
            }
            if (diffs.isEmpty()) {
                diffs.add("every cell and distribution is equal, but the raw arrays are not (layout?)");
            }
        }
        fail("%s: the cubes differ:%n  %s", String.format(what, args), String.join("\n  ", diffs));
    }
}
