package org.communitysafety.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.MessageDigest;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.communitysafety.core.aggregate.*;
import org.communitysafety.core.period.Period;

/** Throw-away harness: query 4 / query 1 timing by phase, checksums, profiling loop. */
public class Q4Harness {
    public static void main(String[] a) throws Exception {
        int n = Integer.parseInt(a[0]);
        String mode = a[1];
        int rounds = Integer.parseInt(a[2]);
        BenchmarkData d = BenchmarkData.of(n);
        System.out.println(d.store);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        if (mode.equals("check")) {
            for (int threads : new int[] {1, 2, 3}) {
                Cube<IncidentMeasure> raw = IncidentAggregation.aggregate(d.store, BenchmarkData.YEARS, threads);
                System.out.println("threads " + threads + " q4 rolled " + sha(new Query4PartialsBenchmark.Core(d, 1).canonical(raw.rollUp(d.tree)))
                    + " raw " + sha(new Query4PartialsBenchmark.Core(d, 1).canonical(raw)));
                System.out.println("threads " + threads + " q1 " + sha(new Query1CountsBenchmark.Core(d, 1).canonical(
                    IncidentAggregation.counts(d.store, Query1CountsBenchmark.MONTHS, threads))));
                PeriodIndex months = PeriodIndex.monthsOf(2023, 2024);
                Cube<IncidentMeasure> m = IncidentAggregation.aggregate(d.store, months, threads).rollUp(d.tree);
                System.out.println("threads " + threads + " months " + cubeSha(m, d));
                PeriodIndex over = PeriodIndex.of(Period.ofYear(2024), Period.parse("2024-Q3"), Period.ofYear(2023), Period.parse("2023-06"));
                Cube<IncidentMeasure> o = IncidentAggregation.aggregate(d.store, over, threads).rollUp(d.tree);
                System.out.println("threads " + threads + " overlap " + cubeSha(o, d));
            }
            return;
        }
        if (mode.equals("lab")) {
            LoopLab.run(d.store, BenchmarkData.YEARS, rounds);
            return;
        }
        if (mode.equals("phases")) {
            java.util.List<java.util.Set<IncidentMeasure>> sets = java.util.List.of(
                java.util.EnumSet.of(IncidentMeasure.COUNT),
                java.util.EnumSet.of(IncidentMeasure.COUNT, IncidentMeasure.CRIMINAL, IncidentMeasure.REPEAT_CALLS, IncidentMeasure.CLEARED),
                java.util.EnumSet.of(IncidentMeasure.COUNT, IncidentMeasure.CRIMINAL, IncidentMeasure.REPEAT_CALLS, IncidentMeasure.CLEARED, IncidentMeasure.LOSS_FEN, IncidentMeasure.RECOVERED_FEN),
                java.util.EnumSet.of(IncidentMeasure.COUNT, IncidentMeasure.CLEARANCES),
                java.util.EnumSet.allOf(IncidentMeasure.class));
            double[][] t = new double[sets.size() + 2][rounds];
            for (int i = 0; i < rounds; i++) {
                for (int k = 0; k < sets.size(); k++) {
                    long c0 = mx.getCurrentThreadCpuTime();
                    Cube<IncidentMeasure> c = IncidentAggregation.aggregate(d.store, BenchmarkData.YEARS, sets.get(k), 1);
                    t[k][i] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
                    if (k == sets.size() - 1) {
                        c0 = mx.getCurrentThreadCpuTime();
                        c.rollUp(d.tree);
                        t[k + 1][i] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
                    }
                }
                long c0 = mx.getCurrentThreadCpuTime();
                IncidentAggregation.counts(d.store, Query1CountsBenchmark.MONTHS, 1);
                t[sets.size() + 1][i] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
            }
            for (int k = 0; k < sets.size(); k++) System.out.printf("%-90s %7.1f%n", sets.get(k), med(t[k], rounds / 3));
            Cube<IncidentMeasure> noDist = IncidentAggregation.aggregate(d.store, BenchmarkData.YEARS, sets.get(2), 1);
            Cube<IncidentMeasure> all = IncidentAggregation.aggregate(d.store, BenchmarkData.YEARS, 1);
            double[] ru = new double[rounds];
            for (int i = 0; i < rounds; i++) { long c0 = mx.getCurrentThreadCpuTime(); noDist.rollUp(d.tree); ru[i] = (mx.getCurrentThreadCpuTime() - c0) / 1e6; }
            System.out.printf("rollUp without distributions %7.1f%n", med(ru, rounds / 3));
            var f = Cube.class.getDeclaredField("distDays"); f.setAccessible(true);
            System.out.println("dist entries raw " + ((int[]) f.get(all)).length + " rolled " + ((int[]) f.get(all.rollUp(d.tree))).length);
            System.out.printf("rollUp %7.1f%nq1 %7.1f%n", med(t[sets.size()], rounds / 3), med(t[sets.size() + 1], rounds / 3));
            return;
        }
        if (mode.equals("profroll")) {
            Cube<IncidentMeasure> all = IncidentAggregation.aggregate(d.store, BenchmarkData.YEARS, 1);
            long t0 = System.nanoTime();
            Object sink = null;
            for (int i = 0; i < rounds; i++) sink = all.rollUp(d.tree);
            System.out.printf("%.2f ms/op%n", (System.nanoTime() - t0) / 1e6 / rounds);
            return;
        }
        if (mode.equals("profile")) {
            long t0 = System.nanoTime();
            Object sink = null;
            for (int i = 0; i < rounds; i++) {
                sink = IncidentAggregation.aggregate(d.store, BenchmarkData.YEARS, 1).rollUp(d.tree);
            }
            System.out.printf("%.1f ms/op%n", (System.nanoTime() - t0) / 1e6 / rounds);
            System.out.println(sink.hashCode());
            return;
        }
        int threads = mode.equals("par") ? 2 : 1;
        double[] q1 = new double[rounds], q4a = new double[rounds], q4r = new double[rounds], q4 = new double[rounds];
        double[] w1 = new double[rounds], w4 = new double[rounds];
        long sink = 0;
        for (int i = 0; i < rounds; i++) {
            long c0 = mx.getCurrentThreadCpuTime(); long s0 = System.nanoTime();
            Cube<IncidentMeasure> c1 = IncidentAggregation.counts(d.store, Query1CountsBenchmark.MONTHS, threads);
            long c1t = mx.getCurrentThreadCpuTime(); long s1 = System.nanoTime();
            Cube<IncidentMeasure> raw = IncidentAggregation.aggregate(d.store, BenchmarkData.YEARS, threads);
            long c2 = mx.getCurrentThreadCpuTime();
            Cube<IncidentMeasure> r = raw.rollUp(d.tree, threads);
            long c3 = mx.getCurrentThreadCpuTime(); long s3 = System.nanoTime();
            sink += c1.count(0, 0, 0) + r.count(0, 0, 0);
            q1[i] = (c1t - c0) / 1e6; q4a[i] = (c2 - c1t) / 1e6; q4r[i] = (c3 - c2) / 1e6; q4[i] = (c3 - c1t) / 1e6;
            w1[i] = (s1 - s0) / 1e6; w4[i] = (s3 - s1) / 1e6;
        }
        int from = rounds / 3; // drop warm-up
        System.out.printf("threads %d: cpu q1 %.1f  q4 %.1f (agg %.1f, rollUp %.1f)  q4/q1 %.2f | wall q1 %.1f q4 %.1f ratio %.2f  (%d)%n",
            threads, med(q1, from), med(q4, from), med(q4a, from), med(q4r, from), med(q4, from) / med(q1, from),
            med(w1, from), med(w4, from), med(w4, from) / med(w1, from), sink);
    }

    /** One round for the A/B driver: cpu ms of q1, q4 aggregate, q4 rollUp, on {@code threads}. */
    public static double[] once(int n, int threads) {
        BenchmarkData d = BenchmarkData.of(n);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        boolean wall = threads > 1;
        long c0 = wall ? System.nanoTime() : mx.getCurrentThreadCpuTime();
        Cube<IncidentMeasure> c1 = IncidentAggregation.counts(d.store, Query1CountsBenchmark.MONTHS, threads);
        long c1t = wall ? System.nanoTime() : mx.getCurrentThreadCpuTime();
        Cube<IncidentMeasure> raw = IncidentAggregation.aggregate(d.store, BenchmarkData.YEARS, threads);
        long c2 = wall ? System.nanoTime() : mx.getCurrentThreadCpuTime();
        Cube<IncidentMeasure> r = raw.rollUp(d.tree, threads);
        long c3 = wall ? System.nanoTime() : mx.getCurrentThreadCpuTime();
        if (c1.count(0, 0, 0) + r.count(0, 0, 0) == 42) System.out.print("");
        return new double[] {(c1t - c0) / 1e6, (c2 - c1t) / 1e6, (c3 - c2) / 1e6};
    }

    static double med(double[] x, int from) {
        double[] y = Arrays.copyOfRange(x, from, x.length);
        Arrays.sort(y);
        return y[y.length / 2];
    }

    static String cubeSha(Cube<IncidentMeasure> c, BenchmarkData d) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        ByteBuffer b = ByteBuffer.allocate(8);
        for (int u = 0; u < c.units(); u++) for (int p = 0; p < c.periods().size(); p++) {
            for (int k = 0; k < c.width(); k++) for (IncidentMeasure m : IncidentMeasure.values()) {
                b.clear(); b.putLong(c.get(m, u, p, k)); md.update(b.array());
            }
            DayDistribution dist = c.distribution(u, p);
            for (int x : dist.days()) { b.clear(); b.putLong(x); md.update(b.array()); }
            for (long x : dist.counts()) { b.clear(); b.putLong(x); md.update(b.array()); }
        }
        return hex(md.digest()).substring(0, 16);
    }

    static String sha(long[] x) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        ByteBuffer b = ByteBuffer.allocate(8 * x.length);
        for (long v : x) b.putLong(v);
        return hex(md.digest(b.array())).substring(0, 16);
    }

    static String hex(byte[] h) {
        StringBuilder s = new StringBuilder();
        for (byte x : h) s.append(String.format("%02x", x));
        return s.toString();
    }
}
