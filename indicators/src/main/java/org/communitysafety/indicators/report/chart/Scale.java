package org.communitysafety.indicators.report.chart;

/**
 * Maps data values to pixels, linearly or on log<sub>10</sub>. Immutable and thread-safe.
 *
 * @param d0  data value at {@code r0}
 * @param d1  data value at {@code r1}, different from {@code d0}
 * @param r0  pixel for {@code d0}
 * @param r1  pixel for {@code d1}
 * @param log whether the mapping is linear in log<sub>10</sub> of the value (then {@code d0, d1 > 0})
 */
record Scale(double d0, double d1, double r0, double r1, boolean log) {
    static Scale linear(double d0, double d1, double r0, double r1) {
        return new Scale(d0, d1, r0, r1, false);
    }

    static Scale log(double d0, double d1, double r0, double r1) {
        return new Scale(d0, d1, r0, r1, true);
    }

    double map(double v) {
        double t = log
                ? (Math.log10(v) - Math.log10(d0)) / (Math.log10(d1) - Math.log10(d0))
                : (v - d0) / (d1 - d0);
        return r0 + t * (r1 - r0);
    }
}
