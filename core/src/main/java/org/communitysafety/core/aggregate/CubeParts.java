package org.communitysafety.core.aggregate;

import java.util.Objects;

/**
 * The raw parts every cube is made of, for the codecs: a kind, a shape (units × periods ×
 * width, where width is categories or types), state flags, one {@code long} array per measure
 * indexed {@code (unit × periods + period) × width + column}, and the CSR arrays of one
 * {@link DayDistribution} per (unit, period). Package-private; arrays are shared, not copied.
 */
record CubeParts(String kind, int units, PeriodIndex periods, int width, boolean detail, boolean rolledUp,
        long[][] measures, int[] distOffsets, int[] distDays, long[] distCounts) {
    CubeParts {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(periods, "periods");
        Objects.requireNonNull(measures, "measures");
        Objects.requireNonNull(distOffsets, "distOffsets");
        Objects.requireNonNull(distDays, "distDays");
        Objects.requireNonNull(distCounts, "distCounts");
    }
}
