package org.communitysafety.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The two ratios of issue 13 that compare the core with itself — query 4 within 2× of query 1,
 * and the parallel core at least 1.5× the single-threaded one on queries 1 and 4 — measured in
 * pairs, so that a slow spell of the host counts on both sides of a ratio.
 *
 * <p>Why beside JMH: JMH runs each (query, engine) trial in a fork of its own, one after the other,
 * and this machine's host has spells of ±30% that last minutes. A spell that covers one fork and
 * not the other moves a ratio by as much (the "Issue 13, eleventh session" figures in {@code
 * benchmarks/README.md}: 2.38×, 2.04×, 1.39× in runs whose other forks were steady). Here the four
 * runners — query 1 and query 4, on one thread and on every processor — take turns: each round
 * times every runner for {@link #CALLS} calls (its median is the runner's time in the round), in
 * an order that rotates from round to round, and every ratio is taken within a round. A round lasts
 * about half a second at 10M incidents, shorter than the spells.
 *
 * <p>Each runner is in a JVM of its own, as in JMH's forks, so that the JIT compiles each query's
 * code for that query alone: in one JVM the four share their compiled code and its profile, and
 * query 4 on one thread, compiled after the parallel runs, took 40–47 ms instead of 34 (2026-12-07).
 * Only the JVM whose turn it is runs; the others wait on their standard input.
 *
 * <p>The same work as the JMH benchmarks: the runners are {@link Query1CountsBenchmark}'s and
 * {@link Query4PartialsBenchmark}'s {@code CORE} and {@code CORE_PARALLEL} runners — the public
 * {@code IncidentAggregation.counts} and {@code aggregateRolledUp} — on the same city; each call's
 * answer is kept until the next, as JMH's returned value is. Before anything is timed, each
 * parallel answer's canonical form must equal the single-threaded one's (compared by a digest
 * the JVMs report).
 *
 * <p>Run:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.communitysafety.benchmarks.PairedQueryRatios \
 *     [incidents=10000000] [rounds=40] [warm-up rounds=10]
 * </pre>
 * The four JVMs get {@link #JVM_ARGS} ({@code -Dcsi.paired.jvm="…"} to change them; 13 GB of
 * memory in all). Prints each round's times and ratios, then per runner and per ratio its median,
 * quartiles and extremes, and the rounds on the right side of the line.
 */
public final class PairedQueryRatios {
    /** Calls per runner per round; the median is the round's time. */
    static final int CALLS = 5;
    /** Each runner's JVM: a heap of its own, touched before the run as the JMH forks' is. */
    static final String JVM_ARGS = "-Xms3g -Xmx3g -XX:+AlwaysPreTouch";
    /** The runners, in the order of the printed columns. */
    static final List<String> RUNNERS = List.of("q1 core", "q1 parallel", "q4 core", "q4 parallel");
    /** Marks the lines of the protocol between the parent and a runner's JVM. */
    private static final String MARK = "@paired ";

    private PairedQueryRatios() {}

    /** A ratio of two runners' times in a round, and the line the issue draws for it. */
    private record Ratio(String name, int numerator, int denominator, double line, boolean atLeast) {
        double of(double[] round) {
            return round[numerator] / round[denominator];
        }

        boolean meets(double r) {
            return atLeast ? r >= line : r <= line;
        }
    }

    private static final List<Ratio> RATIOS = List.of(
            new Ratio("query 1, one thread / parallel", 0, 1, 1.5, true),
            new Ratio("query 4, one thread / parallel", 2, 3, 1.5, true),
            new Ratio("query 4 / query 1, one thread", 2, 0, 2.0, false),
            new Ratio("query 4 / query 1, parallel", 3, 1, 2.0, false));

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--runner")) {
            serve(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            return;
        }
        int incidents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        if (incidents <= 0 || rounds <= 0 || warmUp < 0) {
            throw new IllegalArgumentException(
                    "usage: PairedQueryRatios [incidents > 0] [rounds > 0] [warm-up rounds >= 0]");
        }
        run(incidents, rounds, warmUp, List.of(System.getProperty("csi.paired.jvm", JVM_ARGS).trim().split("\\s+")),
                System.out);
    }

    /**
     * Measures {@code rounds} rounds after {@code warmUp}, each runner in a JVM started with
     * {@code jvmArgs}, printing to {@code out} as {@link #main} does, and returns each measured
     * round's times in ms in the order of {@link #RUNNERS}.
     */
    static List<double[]> run(int incidents, int rounds, int warmUp, List<String> jvmArgs, PrintStream out)
            throws Exception {
        List<Runner> runners = new ArrayList<>();
        try {
            for (int r = 0; r < RUNNERS.size(); r++) {
                runners.add(Runner.start(r, incidents, jvmArgs));
            }
            String city = null;
            for (Runner r : runners) {
                city = r.ready();
            }
            out.println(city);
            out.printf(Locale.ROOT, "%d processors, %d rounds after %d of warm-up, %d calls per runner per round,"
                    + " each runner in a JVM of its own (%s); started %s%n", Runtime.getRuntime().availableProcessors(),
                    rounds, warmUp, CALLS, String.join(" ", jvmArgs), Instant.now());
            agree("query 1", runners.get(0), runners.get(1));
            agree("query 4", runners.get(2), runners.get(3));

            List<double[]> measured = new ArrayList<>();
            StringBuilder header = new StringBuilder("round");
            RUNNERS.forEach(name -> header.append(String.format(Locale.ROOT, "  %11s", name)));
            out.println(header.append("   q1 1/2  q4 1/2  q4/q1   (ms, median of " + CALLS + " calls)"));
            for (int r = -warmUp; r < rounds; r++) {
                double[] round = new double[runners.size()];
                for (int i = 0; i < runners.size(); i++) {
                    int c = Math.floorMod(r + i, runners.size());
                    round[c] = median(runners.get(c).time(CALLS));
                }
                if (r < 0) {
                    continue;
                }
                measured.add(round);
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%5d", r + 1));
                for (double ms : round) {
                    line.append(String.format(Locale.ROOT, "  %11.2f", ms));
                }
                out.println(line.append(String.format(Locale.ROOT, "   %6.2f  %6.2f  %5.2f", RATIOS.get(0).of(round),
                        RATIOS.get(1).of(round), RATIOS.get(2).of(round))));
            }
            out.println();
            for (int c = 0; c < RUNNERS.size(); c++) {
                int k = c;
                double[] ms = measured.stream().mapToDouble(round -> round[k]).sorted().toArray();
                out.printf(Locale.ROOT, "%-32s median %7.2f ms, quartiles %.2f–%.2f, extremes %.2f–%.2f%n",
                        RUNNERS.get(c), quantile(ms, 0.5), quantile(ms, 0.25), quantile(ms, 0.75), ms[0],
                        ms[ms.length - 1]);
            }
            for (Ratio ratio : RATIOS) {
                double[] values = measured.stream().mapToDouble(ratio::of).sorted().toArray();
                long meeting = Arrays.stream(values).filter(ratio::meets).count();
                out.printf(Locale.ROOT, "%-32s median %5.2f×, quartiles %.2f–%.2f, extremes %.2f–%.2f; %s %.1f× in %d"
                        + " of %d rounds%n", ratio.name(), quantile(values, 0.5), quantile(values, 0.25),
                        quantile(values, 0.75), values[0], values[values.length - 1], ratio.atLeast() ? "≥" : "≤",
                        ratio.line(), meeting, values.length);
            }
            return measured;
        } finally {
            for (Runner r : runners) {
                r.close();
            }
        }
    }

    /** Throws unless the parallel runner's answer is the single-threaded one's. */
    private static void agree(String query, Runner single, Runner parallel) throws IOException {
        String expected = single.digest();
        String actual = parallel.digest();
        if (!expected.equals(actual)) {
            throw new IllegalStateException(query + ": the parallel answer's digest " + actual
                    + " differs from the single-threaded one's " + expected);
        }
    }

    /** One runner's JVM, seen from the parent: it runs only when asked, and answers on one line. */
    private static final class Runner implements AutoCloseable {
        private final String name;
        private final Process process;
        private final PrintWriter to;
        private final BufferedReader from;

        private Runner(String name, Process process) {
            this.name = name;
            this.process = process;
            this.to = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
            this.from = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        static Runner start(int runner, int incidents, List<String> jvmArgs) throws IOException {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmArgs);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), PairedQueryRatios.class.getName(),
                    "--runner", Integer.toString(runner), Integer.toString(incidents)));
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            return new Runner(RUNNERS.get(runner), p);
        }

        /** Waits until the runner has built the city; returns the city's description. */
        String ready() throws IOException {
            return answer("ready");
        }

        /** The times in ms of {@code calls} calls, run now. */
        double[] time(int calls) throws IOException {
            to.println("time " + calls);
            return Arrays.stream(answer("times").trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
        }

        /** A digest of the canonical form of one answer. */
        String digest() throws IOException {
            to.println("digest");
            return answer("digest");
        }

        private String answer(String kind) throws IOException {
            for (String line; (line = from.readLine()) != null; ) {
                if (line.startsWith(MARK + kind + " ")) {
                    return line.substring(MARK.length() + kind.length() + 1);
                }
                if (line.startsWith(MARK + "failed ")) {
                    throw new IllegalStateException(name + ": " + line.substring(MARK.length()));
                }
            }
            throw new IllegalStateException(name + ": its JVM ended (exit " + waitFor() + ") before answering " + kind);
        }

        private int waitFor() {
            try {
                return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        @Override
        public void close() {
            to.println("quit");
            if (waitFor() == -1) {
                process.destroyForcibly();
            }
        }
    }

    /**
     * A runner's JVM: builds the city and the runner, says it is ready, then answers the parent's
     * lines on standard input until {@code quit}.
     */
    private static void serve(int runner, int incidents) throws Exception {
        PrintStream out = System.out;
        try {
            BenchmarkData city = BenchmarkData.of(incidents);
            Engine engine = runner % 2 == 0 ? Engine.CORE : Engine.CORE_PARALLEL;
            Query query = runner < 2 ? Query1CountsBenchmark.QUERY : Query4PartialsBenchmark.QUERY;
            try (QueryRunner r = query.runner(engine, city)) {
                out.println(MARK + "ready " + city.describe());
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                Object kept = null;
                for (String line; (line = in.readLine()) != null && !line.equals("quit"); ) {
                    if (line.startsWith("time ")) {
                        int calls = Integer.parseInt(line.substring(5));
                        StringBuilder times = new StringBuilder();
                        for (int k = 0; k < calls; k++) {
                            long start = System.nanoTime();
                            kept = r.run();
                            times.append(' ').append((System.nanoTime() - start) / 1e6);
                        }
                        out.println(MARK + "times" + times);
                    } else if (line.equals("digest")) {
                        long[] canonical = r.canonical(r.run());
                        if (Arrays.stream(canonical).allMatch(v -> v == 0)) {
                            throw new IllegalStateException("every figure is zero; the data are wrong");
                        }
                        out.println(MARK + "digest " + digest(canonical));
                    }
                }
                sink = System.identityHashCode(kept);
            }
        } catch (Exception | Error e) {
            out.println(MARK + "failed " + e);
            throw e;
        }
    }

    /** The SHA-256 of {@code values}, each as eight bytes, with their number. */
    static String digest(long[] values) throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        ByteBuffer bytes = ByteBuffer.allocate(8 * 1024);
        for (int i = 0; i < values.length; i++) {
            bytes.putLong(values[i]);
            if (!bytes.hasRemaining() || i == values.length - 1) {
                sha.update(bytes.flip());
                bytes.clear();
            }
        }
        return values.length + " values, SHA-256 " + HexFormat.of().formatHex(sha.digest());
    }

    /** Keeps the answers from being optimised away. */
    static volatile int sink;

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return quantile(sorted, 0.5);
    }

    /** The {@code q} quantile of sorted {@code values}, interpolated between ranks (R's type 7). */
    static double quantile(double[] values, double q) {
        double h = (values.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, values.length - 1);
        return values[lo] + (h - lo) * (values[hi] - values[lo]);
    }
}
