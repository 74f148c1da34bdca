package org.communitysafety.benchmarks;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The two ratios of issue 13 that compare the core with itself — query 4 within 2× of query 1,
 * and the parallel core at least 1.5× the single-threaded one on queries 1 and 4 — measured in
 * pairs, so that a slow spell of the host counts on both sides of a ratio.
 *
 * <p>Why beside JMH: JMH runs each (query, engine) trial in a fork of its own, one after the other,
 * and this machine's host has spells of ±30% that last minutes. A spell that covers one fork and
 * not the other moves a ratio by as much (the "Issue 13, eleventh session" figures in {@code
 * benchmarks/README.md}: 2.38×, 2.04×, 1.39× in runs whose other forks were steady). Here the four
 * runners — query 1 and query 4, on one thread and on every processor — take turns in one JVM: each
 * round times every runner for {@link #CALLS} calls (its median is the runner's time in the round),
 * in an order that rotates from round to round, and every ratio is taken within a round. A round
 * lasts about half a second at 10M incidents, shorter than the spells.
 *
 * <p>The same work as the JMH benchmarks: the runners are {@link Query1CountsBenchmark}'s and
 * {@link Query4PartialsBenchmark}'s {@code CORE} and {@code CORE_PARALLEL} runners — the public
 * {@code IncidentAggregation.counts} and {@code aggregateRolledUp} — on the same city, and the
 * parallel answers are checked against the single-threaded ones before anything is timed. Each
 * call's answer is kept until the next, as JMH's returned value is.
 *
 * <p>Run (the JMH benchmarks' heap settings):
 * <pre>
 * java -Xms8g -Xmx8g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar \
 *     org.communitysafety.benchmarks.PairedQueryRatios [incidents=10000000] [rounds=40] [warm-up rounds=10]
 * </pre>
 * Prints each round's times and ratios, then per ratio its median, quartiles, extremes and the
 * rounds on the right side of the line.
 */
public final class PairedQueryRatios {
    /** Calls per runner per round; the median is the round's time. */
    static final int CALLS = 5;

    private PairedQueryRatios() {}

    /** A runner and its name. */
    private record Contender(String name, QueryRunner runner) {}

    /** A ratio of two contenders' times in a round, and the line the issue draws for it. */
    private record Ratio(String name, int numerator, int denominator, double line, boolean atLeast) {
        double of(double[] round) {
            return round[numerator] / round[denominator];
        }

        boolean meets(double r) {
            return atLeast ? r >= line : r <= line;
        }
    }

    public static void main(String[] args) throws Exception {
        int incidents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        if (incidents <= 0 || rounds <= 0 || warmUp < 0) {
            throw new IllegalArgumentException("usage: PairedQueryRatios [incidents > 0] [rounds > 0] [warm-up rounds >= 0]");
        }
        run(incidents, rounds, warmUp, System.out);
    }

    /**
     * Measures {@code rounds} rounds after {@code warmUp}, printing to {@code out} as {@link
     * #main} does, and returns each measured round's times in ms: query 1 on one thread, on every
     * processor, query 4 on one thread, on every processor.
     */
    static List<double[]> run(int incidents, int rounds, int warmUp, PrintStream out) throws Exception {
        BenchmarkData city = BenchmarkData.of(incidents);
        out.println(city.describe());
        out.printf(Locale.ROOT, "%d processors, %d rounds after %d of warm-up, %d calls per runner per round;"
                + " started %s%n", Runtime.getRuntime().availableProcessors(), rounds, warmUp, CALLS, Instant.now());
        List<Contender> contenders = List.of(
                new Contender("q1 core", Query1CountsBenchmark.QUERY.runner(Engine.CORE, city)),
                new Contender("q1 parallel", Query1CountsBenchmark.QUERY.runner(Engine.CORE_PARALLEL, city)),
                new Contender("q4 core", Query4PartialsBenchmark.QUERY.runner(Engine.CORE, city)),
                new Contender("q4 parallel", Query4PartialsBenchmark.QUERY.runner(Engine.CORE_PARALLEL, city)));
        SelfCheck.agree("query 1", Engine.CORE_PARALLEL, contenders.get(1).runner(), contenders.get(0).runner());
        SelfCheck.agree("query 4", Engine.CORE_PARALLEL, contenders.get(3).runner(), contenders.get(2).runner());
        List<Ratio> ratios = List.of(
                new Ratio("query 1, one thread / parallel", 0, 1, 1.5, true),
                new Ratio("query 4, one thread / parallel", 2, 3, 1.5, true),
                new Ratio("query 4 / query 1, one thread", 2, 0, 2.0, false),
                new Ratio("query 4 / query 1, parallel", 3, 1, 2.0, false));

        List<double[]> measured = new ArrayList<>();
        StringBuilder header = new StringBuilder("round");
        contenders.forEach(c -> header.append(String.format(Locale.ROOT, "  %11s", c.name())));
        out.println(header.append("   (ms, median of " + CALLS + " calls)   q1 1/2  q4 1/2  q4/q1"));
        for (int r = -warmUp; r < rounds; r++) {
            double[] round = round(contenders, Math.floorMod(r, contenders.size()));
            if (r < 0) {
                continue;
            }
            measured.add(round);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%5d", r + 1));
            for (double ms : round) {
                line.append(String.format(Locale.ROOT, "  %11.2f", ms));
            }
            line.append(String.format(Locale.ROOT, "%29s%6.2f  %6.2f  %5.2f", "", ratios.get(0).of(round),
                    ratios.get(1).of(round), ratios.get(2).of(round)));
            out.println(line);
        }
        out.println();
        for (int c = 0; c < contenders.size(); c++) {
            int k = c;
            double[] ms = measured.stream().mapToDouble(round -> round[k]).sorted().toArray();
            out.printf(Locale.ROOT, "%-32s median %7.2f ms, quartiles %.2f–%.2f, %.2f–%.2f%n",
                    contenders.get(c).name(), quantile(ms, 0.5), quantile(ms, 0.25), quantile(ms, 0.75), ms[0],
                    ms[ms.length - 1]);
        }
        for (Ratio ratio : ratios) {
            double[] values = measured.stream().mapToDouble(ratio::of).sorted().toArray();
            long meeting = Arrays.stream(values).filter(ratio::meets).count();
            out.printf(Locale.ROOT, "%-32s median %5.2f×, quartiles %.2f–%.2f, %.2f–%.2f; %s %.1f× in %d of %d"
                    + " rounds%n", ratio.name(), quantile(values, 0.5), quantile(values, 0.25), quantile(values, 0.75),
                    values[0], values[values.length - 1], ratio.atLeast() ? "≥" : "≤", ratio.line(), meeting,
                    values.length);
        }
        for (Contender c : contenders) {
            c.runner().close();
        }
        return measured;
    }

    /** One round: every contender's median time of {@link #CALLS} calls, in ms, the first to run at {@code first}. */
    private static double[] round(List<Contender> contenders, int first) throws Exception {
        double[] ms = new double[contenders.size()];
        for (int i = 0; i < contenders.size(); i++) {
            int c = (first + i) % contenders.size();
            QueryRunner runner = contenders.get(c).runner();
            double[] calls = new double[CALLS];
            Object kept = null;
            for (int k = 0; k < CALLS; k++) {
                long start = System.nanoTime();
                kept = runner.run();
                calls[k] = (System.nanoTime() - start) / 1e6;
            }
            sink ^= System.identityHashCode(kept);
            Arrays.sort(calls);
            ms[c] = calls[CALLS / 2];
        }
        return ms;
    }

    /** Keeps the answers from being optimised away. */
    static volatile int sink;

    /** The {@code q} quantile of sorted {@code values}, interpolated between ranks (R's type 7). */
    static double quantile(double[] values, double q) {
        double h = (values.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, values.length - 1);
        return values[lo] + (h - lo) * (values[hi] - values[lo]);
    }
}
