package org.communitysafety.indicators.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * "Nice" axis ticks in steps of 1, 2 or 5 × 10<sup>k</sup> (Heckbert, "Nice numbers for graph
 * labels", Graphics Gems, 1990): the smallest such step that covers {@code [min, max]} in at
 * most {@code maxIntervals} intervals, the ends rounded outwards to a multiple of the step.
 * With {@code min = 0, max = 187} and up to 6 intervals: 0, 50, 100, 150, 200.
 *
 * <p>Immutable and thread-safe.
 */
record Ticks(List<Double> values, int exponent) {
    Ticks {
        values = List.copyOf(values);
    }

    double first() {
        return values.get(0);
    }

    double last() {
        return values.get(values.size() - 1);
    }

    /**
     * Ticks for {@code [min, max]}. An empty range ({@code min == max}) widens to the next nice
     * step above (all zeros give 0 … 1, or 0 … 5 for whole numbers); {@code wholeNumbers} keeps
     * the step at 1 or more, for counts.
     */
    static Ticks nice(double min, double max, int maxIntervals, boolean wholeNumbers) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException("a tick range must be finite with min <= max, got ["
                    + min + ", " + max + "]");
        }
        int intervals = Math.max(1, maxIntervals);
        if (min == max) {
            double pad = min == 0 ? (wholeNumbers ? 5 : 1) : Math.abs(min) * 0.5;
            if (min >= 0) {
                max = min + pad;
                min = min == 0 ? 0 : Math.max(0, min - pad);
            } else {
                min = min - pad;
                max = Math.min(0, max + pad);
            }
        }
        double span = max - min;
        int exponent = (int) Math.floor(Math.log10(span / intervals)) - 1;
        if (wholeNumbers) {
            exponent = Math.max(exponent, 0);
        }
        int[] mantissas = {1, 2, 5};
        for (int guard = 0; guard < 40; guard++, exponent++) {
            for (int m : mantissas) {
                double step = step(m, exponent);
                long lo = (long) Math.floor(min / step + 1e-9);
                long hi = (long) Math.ceil(max / step - 1e-9);
                if (hi - lo <= intervals) {
                    List<Double> values = new ArrayList<>();
                    for (long k = lo; k <= hi; k++) {
                        values.add(value(k * m, exponent));
                    }
                    if (values.size() == 1) {
                        values.add(value((hi + 1) * m, exponent));
                    }
                    return new Ticks(values, exponent);
                }
            }
        }
        throw new IllegalStateException("no nice ticks for [" + min + ", " + max + "]");
    }

    /** Decimals needed to write these ticks exactly, as plain numbers. */
    int decimals() {
        return Math.max(0, -exponent);
    }

    /** The format for these ticks, from the series' format: same kind, as many decimals as the step needs. */
    ValueFormat format(ValueFormat base) {
        int d = base.percent() ? Math.max(0, -exponent - 2) : decimals();
        return base.withDecimals(Math.min(6, d));
    }

    private static double step(int mantissa, int exponent) {
        return value(mantissa, exponent);
    }

    /** {@code k × 10^exponent}, computed so that 3 × 10<sup>-1</sup> is 0.3, not 0.30000000000000004. */
    private static double value(long k, int exponent) {
        return exponent >= 0 ? k * Math.pow(10, exponent) : k / Math.pow(10, -exponent);
    }

    /**
     * Ticks for a logarithmic axis over {@code [min, max]}, both positive: powers of ten, with
     * 2 and 5 between them when the range spans fewer than three decades.
     */
    static List<Double> log(double min, double max) {
        int lo = (int) Math.floor(Math.log10(min) + 1e-9);
        int hi = (int) Math.ceil(Math.log10(max) - 1e-9);
        if (hi == lo) {
            hi++;
        }
        List<Double> values = new ArrayList<>();
        boolean dense = hi - lo < 3;
        for (int e = lo; e <= hi; e++) {
            values.add(value(1, e));
            if (dense && e < hi) {
                values.add(value(2, e));
                values.add(value(5, e));
            }
        }
        return values;
    }
}
