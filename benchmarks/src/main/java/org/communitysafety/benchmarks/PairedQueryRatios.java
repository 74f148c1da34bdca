package org.communitysafety.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
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
import java.util.function.ToDoubleFunction;

/**
 * The two ratios of issue 13 that compare the core with itself — query 4 within 2× of query 1,
 * and the parallel core at least 1.5× the single-threaded one on queries 1 and 4 "when both cores
 * are free" — measured in pairs, so that a slow spell of the host counts on both sides of a ratio,
 * and with each processor's speed measured in the same round, so that "both cores free" is
 * observed rather than assumed.
 *
 * <p>Why beside JMH: JMH runs each (query, engine) trial in a fork of its own, one after the other,
 * and this machine's host has spells of ±30% that last minutes. A spell that covers one fork and
 * not the other moves a ratio by as much (the "Issue 13, eleventh session" figures in {@code
 * benchmarks/README.md}: 2.38×, 2.04×, 1.39× in runs whose other forks were steady). Here the
 * runners take turns: each round times every runner for {@link #CALLS} calls (its median is the
 * runner's time in the round), in an order that rotates from round to round, and every ratio is
 * taken within a round. A round lasts under a second at 10M incidents (0.7 s for six runners),
 * shorter than the spells.
 *
 * <p>The spells are not the whole machine's: for minutes at a time one of its two processors ran a
 * single thread 1.3–1.4× slower than the other (2026-12-07), and two one-thread JVMs left to the
 * scheduler then compared processors as much as queries (query 4 / query 1 went from 1.3× to 3.1×
 * and back as each JVM sat on the fast or the slow one). So by default ({@link Plan#pinned}) each
 * query runs on one thread twice, held to processor 0 and to processor 1 by Linux's {@code
 * taskset}, and once on every processor: query 4 / query 1 is taken on each processor, the parallel
 * speed-up against the faster of the two one-thread times, and a round counts as one in which
 * both cores were free when each query ran as fast on one processor as on the other (within {@link
 * #FREE}). Both summaries are printed: every round, and the free ones. {@code
 * -Dcsi.paired.pin=no}, or a machine without {@code taskset}, runs the four runners unpinned
 * ({@link Plan#unpinned}).
 *
 * <p>Each runner is in a JVM of its own, as in JMH's forks, so that the JIT compiles each query's
 * code for that query alone: in one JVM the runners share their compiled code and its profile, and
 * query 4 on one thread, compiled after the parallel runs, took 40–47 ms instead of 34 (2026-12-07).
 * Only the JVM whose turn it is runs; the others wait on their standard input.
 *
 * <p>The same work as the JMH benchmarks: the runners are {@link Query1CountsBenchmark}'s and
 * {@link Query4PartialsBenchmark}'s {@code CORE} and {@code CORE_PARALLEL} runners — the public
 * {@code IncidentAggregation.counts} and {@code aggregateRolledUp} — on the same city; each call's
 * answer is kept until the next, as JMH's returned value is. Before anything is timed, each
 * parallel answer's canonical form must equal the single-threaded ones' (compared by a digest the
 * JVMs report).
 *
 * <p>Run:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.communitysafety.benchmarks.PairedQueryRatios \
 *     [incidents=10000000] [rounds=40] [warm-up rounds=10]
 * </pre>
 * The JVMs get {@link #JVM_ARGS} ({@code -Dcsi.paired.jvm="…"} to change them; six of them take
 * about 14 GB of memory). Prints each round's times and ratios, then per runner and per ratio its
 * median, quartiles and extremes, and the rounds on the right side of the issue's line.
 */
public final class PairedQueryRatios {
    /** Calls per runner per round; the median is the round's time. */
    static final int CALLS = 5;
    /**
     * Each runner's JVM: a heap of its own, touched before the run as the JMH forks' is, with the
     * forks' G1 regions (their 8 GB heap gives 4 MB regions; a 2 GB heap alone would give 1 MB, and
     * make humongous more of the arrays a call allocates).
     */
    static final String JVM_ARGS = "-Xms2g -Xmx2g -XX:G1HeapRegionSize=4m -XX:+AlwaysPreTouch";
    /** Two processors whose one-thread times differ by at most this fraction are both free. */
    static final double FREE = 0.10;
    /** Marks the lines of the protocol between the parent and a runner's JVM. */
    private static final String MARK = "@paired ";

    private PairedQueryRatios() {}

    /**
     * A runner: query 1 or 4, on one thread or on every processor, and for a one-thread runner
     * the processor it is held to ({@code taskset -c}), or -1.
     */
    record Spec(int query, boolean parallel, int processor) {
        String name() {
            return "q" + query + (parallel ? " parallel" : processor >= 0 ? " core@" + processor : " core");
        }
    }

    /** A ratio of a round's times, and the line the issue draws for it. */
    private record Ratio(String name, ToDoubleFunction<double[]> of, double line, boolean atLeast) {
        boolean meets(double r) {
            return atLeast ? r >= line : r <= line;
        }
    }

    /**
     * The runners of a run, in the order of the printed columns, the ratios taken in each round,
     * and whether the one-thread runners are held to processors.
     */
    record Plan(List<Spec> runners, List<Ratio> ratios, boolean held) {
        /** Query 1 and 4 on one thread held to processor 0, to processor 1, and on every processor. */
        static Plan pinned() {
            List<Spec> specs = List.of(new Spec(1, false, 0), new Spec(1, false, 1), new Spec(1, true, -1),
                    new Spec(4, false, 0), new Spec(4, false, 1), new Spec(4, true, -1));
            return new Plan(specs, List.of(
                    new Ratio("query 1, one thread / parallel", t -> Math.min(t[0], t[1]) / t[2], 1.5, true),
                    new Ratio("query 4, one thread / parallel", t -> Math.min(t[3], t[4]) / t[5], 1.5, true),
                    new Ratio("query 4 / query 1, processor 0", t -> t[3] / t[0], 2.0, false),
                    new Ratio("query 4 / query 1, processor 1", t -> t[4] / t[1], 2.0, false),
                    new Ratio("query 4 / query 1, parallel", t -> t[5] / t[2], 2.0, false)), true);
        }

        /** Query 1 and 4 on one thread, wherever the scheduler puts it, and on every processor. */
        static Plan unpinned() {
            List<Spec> specs = List.of(new Spec(1, false, -1), new Spec(1, true, -1), new Spec(4, false, -1),
                    new Spec(4, true, -1));
            return new Plan(specs, List.of(
                    new Ratio("query 1, one thread / parallel", t -> t[0] / t[1], 1.5, true),
                    new Ratio("query 4, one thread / parallel", t -> t[2] / t[3], 1.5, true),
                    new Ratio("query 4 / query 1, one thread", t -> t[2] / t[0], 2.0, false),
                    new Ratio("query 4 / query 1, parallel", t -> t[3] / t[1], 2.0, false)), false);
        }

        /**
         * Whether both processors ran one thread at one speed in this round: each query's times on
         * processors 0 and 1 within {@link #FREE} of each other. Always true when not pinned.
         */
        boolean bothFree(double[] t) {
            return !held || (Math.abs(t[1] / t[0] - 1) <= FREE && Math.abs(t[4] / t[3] - 1) <= FREE);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 5 && args[0].equals("--runner")) {
            serve(new Spec(Integer.parseInt(args[1]), Boolean.parseBoolean(args[2]), Integer.parseInt(args[3])),
                    Integer.parseInt(args[4]));
            return;
        }
        int incidents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        if (incidents <= 0 || rounds <= 0 || warmUp < 0) {
            throw new IllegalArgumentException(
                    "usage: PairedQueryRatios [incidents > 0] [rounds > 0] [warm-up rounds >= 0]");
        }
        boolean pin = !System.getProperty("csi.paired.pin", "yes").equals("no")
                && Runtime.getRuntime().availableProcessors() >= 2 && tasksetRuns();
        run(incidents, rounds, warmUp, List.of(System.getProperty("csi.paired.jvm", JVM_ARGS).trim().split("\\s+")),
                pin ? Plan.pinned() : Plan.unpinned(), System.out);
    }

    /** Whether {@code taskset} (Linux, util-linux) can hold a process to processor 0 here. */
    static boolean tasksetRuns() {
        try {
            Process p = new ProcessBuilder("taskset", "-c", "0", "true").redirectErrorStream(true).start();
            p.getInputStream().transferTo(OutputStream.nullOutputStream());
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Measures {@code rounds} rounds after {@code warmUp} of {@code plan}'s runners, each in a JVM
     * started with {@code jvmArgs}, printing to {@code out} as {@link #main} does, and returns
     * each measured round's times in ms in the order of the plan's runners.
     */
    static List<double[]> run(int incidents, int rounds, int warmUp, List<String> jvmArgs, Plan plan,
            PrintStream out) throws Exception {
        List<Spec> specs = plan.runners();
        List<Runner> runners = new ArrayList<>();
        try {
            for (Spec spec : specs) {
                runners.add(Runner.start(spec, incidents, jvmArgs));
            }
            String city = null;
            for (Runner r : runners) {
                city = r.ready();
            }
            out.println(city);
            out.printf(Locale.ROOT, "%d processors, %d rounds after %d of warm-up, %d calls per runner per round,"
                    + " each runner in a JVM of its own (%s)%s; started %s%n", Runtime.getRuntime().availableProcessors(),
                    rounds, warmUp, CALLS, String.join(" ", jvmArgs), plan.held()
                            ? ", the one-thread runners held to processor 0 or 1 (q1 core@0 on processor 0, …)"
                            : "", Instant.now());
            for (int par = 0; par < specs.size(); par++) {
                for (int single = 0; single < specs.size(); single++) {
                    if (specs.get(par).parallel() && !specs.get(single).parallel()
                            && specs.get(single).query() == specs.get(par).query()) {
                        agree(runners.get(par), runners.get(single));
                    }
                }
            }

            List<double[]> measured = new ArrayList<>();
            StringBuilder header = new StringBuilder("round");
            specs.forEach(spec -> header.append(String.format(Locale.ROOT, "  %11s", spec.name())));
            header.append("  ");
            for (int k = 0; k < plan.ratios().size(); k++) {
                header.append(String.format(Locale.ROOT, "  ratio %d", k + 1));
            }
            out.println(header.append(plan.held() ? "  free" : "").append("   (ms, median of " + CALLS + " calls)"));
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
                line.append("  ");
                for (Ratio ratio : plan.ratios()) {
                    line.append(String.format(Locale.ROOT, "  %7.2f", ratio.of().applyAsDouble(round)));
                }
                out.println(line.append(plan.held() ? (plan.bothFree(round) ? "  yes" : "  no") : ""));
            }
            out.println();
            for (int c = 0; c < specs.size(); c++) {
                int k = c;
                double[] ms = measured.stream().mapToDouble(round -> round[k]).sorted().toArray();
                out.printf(Locale.ROOT, "%-36s median %7.2f ms, quartiles %.2f–%.2f, extremes %.2f–%.2f%n",
                        specs.get(c).name(), quantile(ms, 0.5), quantile(ms, 0.25), quantile(ms, 0.75), ms[0],
                        ms[ms.length - 1]);
            }
            List<double[]> free = measured.stream().filter(plan::bothFree).toList();
            summarise(plan, measured, "every round", out);
            if (plan.held()) {
                summarise(plan, free, "the rounds in which both processors ran one thread within "
                        + Math.round(FREE * 100) + "% of each other's speed", out);
            }
            return measured;
        } finally {
            for (Runner r : runners) {
                r.close();
            }
        }
    }

    /** Prints each ratio's median, quartiles, extremes and the rounds on the right side of its line. */
    private static void summarise(Plan plan, List<double[]> rounds, String which, PrintStream out) {
        out.printf(Locale.ROOT, "%nRatios over %s (%d):%n", which, rounds.size());
        if (rounds.isEmpty()) {
            return;
        }
        for (int k = 0; k < plan.ratios().size(); k++) {
            Ratio ratio = plan.ratios().get(k);
            double[] values = rounds.stream().mapToDouble(ratio.of()).sorted().toArray();
            long meeting = Arrays.stream(values).filter(ratio::meets).count();
            out.printf(Locale.ROOT, "%d. %-32s median %5.2f×, quartiles %.2f–%.2f, extremes %.2f–%.2f; %s %.1f× in %d"
                    + " of %d rounds%n", k + 1, ratio.name(), quantile(values, 0.5), quantile(values, 0.25),
                    quantile(values, 0.75), values[0], values[values.length - 1], ratio.atLeast() ? "≥" : "≤",
                    ratio.line(), meeting, values.length);
        }
    }

    /** Throws unless the parallel runner's answer is the single-threaded one's. */
    private static void agree(Runner parallel, Runner single) throws IOException {
        String expected = single.digest();
        String actual = parallel.digest();
        if (!expected.equals(actual)) {
            throw new IllegalStateException(parallel.name + ": the answer's digest " + actual + " differs from "
                    + single.name + "'s " + expected);
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

        static Runner start(Spec spec, int incidents, List<String> jvmArgs) throws IOException {
            List<String> command = new ArrayList<>();
            if (spec.processor() >= 0) {
                command.addAll(List.of("taskset", "-c", Integer.toString(spec.processor())));
            }
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmArgs);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), PairedQueryRatios.class.getName(),
                    "--runner", Integer.toString(spec.query()), Boolean.toString(spec.parallel()),
                    Integer.toString(spec.processor()), Integer.toString(incidents)));
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            return new Runner(spec.name(), p);
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
    private static void serve(Spec spec, int incidents) throws Exception {
        PrintStream out = System.out;
        try {
            BenchmarkData city = BenchmarkData.of(incidents);
            Engine engine = spec.parallel() ? Engine.CORE_PARALLEL : Engine.CORE;
            Query query = spec.query() == 1 ? Query1CountsBenchmark.QUERY : Query4PartialsBenchmark.QUERY;
            try (QueryRunner r = query.runner(engine, city)) {
                out.println(MARK + "ready " + city.describe());
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                for (String line; (line = in.readLine()) != null && !line.equals("quit"); ) {
                    if (line.startsWith("time ")) {
                        out.println(MARK + "times" + times(r, Integer.parseInt(line.substring(5))));
                    } else if (line.equals("digest")) {
                        long[] canonical = r.canonical(r.run());
                        SelfCheck.nonZero(spec.name(), canonical);
                        out.println(MARK + "digest " + digest(canonical));
                    }
                }
            }
        } catch (Exception | Error e) {
            out.println(MARK + "failed " + e);
            throw e;
        }
    }

    /**
     * Runs {@code runner} {@code calls} times and returns each call's time in ms, each after a
     * space; each answer is kept until the next call, as JMH's returned value is.
     */
    private static String times(QueryRunner runner, int calls) throws Exception {
        StringBuilder times = new StringBuilder();
        Object kept = null;
        for (int k = 0; k < calls; k++) {
            long start = System.nanoTime();
            kept = runner.run();
            times.append(' ').append((System.nanoTime() - start) / 1e6);
        }
        sink = System.identityHashCode(kept);
        return times.toString();
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
