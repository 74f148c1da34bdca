package org.communitysafety.benchmarks;
import org.communitysafety.core.aggregate.*;
public class Q4R {
    /** wall ms of q1 and q4 (aggregateRolledUp) on threads */
    public static double[] once(int n, int threads) {
        BenchmarkData d = BenchmarkData.of(n);
        long s0 = System.nanoTime();
        Cube<IncidentMeasure> c1 = IncidentAggregation.counts(d.store, Query1CountsBenchmark.MONTHS, threads);
        long s1 = System.nanoTime();
        Cube<IncidentMeasure> r = IncidentAggregation.aggregateRolledUp(d.store, BenchmarkData.YEARS, d.tree, threads);
        long s2 = System.nanoTime();
        if (c1.count(0, 0, 0) + r.count(0, 0, 0) == 42) System.out.print("");
        return new double[] {(s1 - s0) / 1e6, (s2 - s1) / 1e6};
    }
    public static void main(String[] a) {
        BenchmarkData d = BenchmarkData.of(Integer.parseInt(a[0]));
        Cube<IncidentMeasure> ref = IncidentAggregation.aggregate(d.store, BenchmarkData.YEARS, 1).rollUp(d.tree);
        for (int t : new int[] {1, 2, 3, 8}) System.out.println("threads " + t + " equal " + ref.equals(IncidentAggregation.aggregateRolledUp(d.store, BenchmarkData.YEARS, d.tree, t)));
        PeriodIndex months = PeriodIndex.monthsOf(2023, 2024);
        Cube<IncidentMeasure> mref = IncidentAggregation.aggregate(d.store, months, 1).rollUp(d.tree);
        for (int t : new int[] {1, 2, 3}) System.out.println("months threads " + t + " equal " + mref.equals(IncidentAggregation.aggregateRolledUp(d.store, months, d.tree, t)));
    }
}
