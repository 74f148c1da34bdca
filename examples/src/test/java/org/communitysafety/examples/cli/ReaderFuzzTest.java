package org.communitysafety.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.communitysafety.examples.cli.FuzzData.Format;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: a seeded mutation fuzzer over the readers. Each case copies a small valid data
 * directory — CSV, JSON Lines or xlsx ({@link FuzzData}) — damages one of its files one to three
 * times ({@link FuzzMutation}: bit flips, truncation mid-quote, deleted, duplicated and swapped
 * lines, NULs, invalid UTF-8, GBK bytes, values at and past every limit, a field around the
 * 4 MiB limit, a 100,000-column line, XML entities, a zip bomb in miniature ...), then runs
 * {@code csi validate} in-process over it, strict and {@code --lenient} (a fifth of the cases with
 * {@code --encoding auto} or {@code gbk}), and checks each run
 * ({@link FuzzCheck}): exit 0 or 1, no stack trace, no hang, read = accepted + rejected, the
 * rejects file holds the rejected rows, output in proportion to the input.
 *
 * <p>Run with another seed or more cases:
 * <pre>
 * mvn -o -pl core,indicators,examples -am test -Dtest='ReaderFuzz*' -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dcsi.fuzz.seed=7 -Dcsi.fuzz.cases=5000
 * </pre>
 * A failing case's directory is kept under {@code examples/target/fuzz-failures/}, with what it
 * broke in {@code FAILURE.txt}; once it is understood, copy the directory to {@code
 * src/test/resources/fuzz-regressions/}, whose every directory {@link #regressions} replays.
 */
final class ReaderFuzzTest {
    static final long SEED = Long.getLong("csi.fuzz.seed", 20261206L);
    static final int CASES = Integer.getInteger("csi.fuzz.cases", 500);
    /** When set, only the case of this seed runs (its seed is in a failure's message). */
    static final Long ONLY = Long.getLong("csi.fuzz.only");
    static final Path KEEP = Path.of(System.getProperty("csi.fuzz.keep", "target/fuzz-failures"));

    @TempDir
    static Path work;

    private static Map<Format, Path> bases;

    @BeforeAll
    static void bases() throws IOException {
        bases = FuzzData.bases(work.resolve("base"));
    }

    @Test
    void validate_mutatedInputs_exitCleanlyAndAccountForEveryRow() throws IOException {
        Random seeds = new Random(SEED);
        List<String> failures = new ArrayList<>();
        Map<Format, Integer> perFormat = new EnumMap<>(Format.class);
        Map<Format, Long> millis = new EnumMap<>(Format.class);
        List<String> slowest = new ArrayList<>();
        long slowestNanos = 0;
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        for (int i = 0; i < CASES; i++) {
            long seed = seeds.nextLong();
            if (ONLY != null && seed != ONLY) {
                continue;
            }
            long caseStart = System.nanoTime();
            Path dir = work.resolve("case");
            List<String> log = damage(seed, dir);
            perFormat.merge(Format.valueOf(log.get(0)), 1, Integer::sum);
            // a fifth of the cases read the files as detected, or as GBK (UTF-8 read as GBK is garbled, not broken)
            String encoding = List.of("utf-8", "utf-8", "utf-8", "auto", "gbk").get(new Random(~seed).nextInt(5));
            if (!encoding.equals("utf-8")) {
                log.add("--encoding " + encoding);
            }
            List<String> problems = new ArrayList<>(FuzzCheck.problems(dir, false, work.resolve("rejects.csv"),
                    encoding));
            problems.addAll(FuzzCheck.problems(dir, true, work.resolve("rejects.csv"), encoding));
            if (problems.stream().anyMatch(p -> !p.startsWith(FuzzCheck.CONTEXT))) {
                String what = String.format(Locale.ROOT, "case %d (seed %d): %s", i, seed, String.join(" ", log));
                failures.add(what + "\n  " + String.join("\n  ", problems) + "\n  kept in " + keep(dir, i, what,
                        problems));
            }
            delete(dir);
            long took = System.nanoTime() - caseStart;
            millis.merge(Format.valueOf(log.get(0)), took / 1_000_000, Long::sum);
            if (took > slowestNanos) {
                slowestNanos = took;
                slowest = log;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // the CPU time too: on a machine shared with other builds the wall-clock time says little
        double cpu = (cpuNanos() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "ReaderFuzzTest: %d cases (%d validate runs), seed %d, %s, in %.1f s"
                + " (%.1f s of CPU);"
                + " ms per format %s; the slowest %.1f s: %s%n", CASES, 2 * CASES, SEED,
                perFormat, seconds, cpu, millis, slowestNanos / 1e9, slowest);
        assertThat(failures).as("%d of %d cases failed, seed %d", failures.size(), CASES, SEED).isEmpty();
    }

    /** Every directory under {@code fuzz-regressions/}: inputs that once failed, replayed strict and lenient. */
    @TestFactory
    Stream<DynamicTest> regressions() throws IOException, URISyntaxException {
        URL root = ReaderFuzzTest.class.getResource("/fuzz-regressions");
        assertThat(root).as("src/test/resources/fuzz-regressions").isNotNull();
        List<Path> dirs;
        try (Stream<Path> list = Files.list(Path.of(root.toURI()))) {
            dirs = list.filter(Files::isDirectory).sorted().toList();
        }
        return dirs.stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> {
            List<String> problems = new ArrayList<>(FuzzCheck.problems(d, false, work.resolve("r.csv")));
            problems.addAll(FuzzCheck.problems(d, true, work.resolve("r.csv")));
            assertThat(problems).as(d.toString()).isEmpty();
        }));
    }

    /**
     * Copies a base directory to {@code dir} and damages one of its files as {@code seed} says;
     * returns what was done: the format, the file, then each mutation.
     */
    static List<String> damage(long seed, Path dir) throws IOException {
        Random r = new Random(seed);
        Format format = Format.values()[r.nextInt(Format.values().length)];
        Path base = bases.get(format);
        Files.createDirectories(dir);
        List<Path> files;
        try (Stream<Path> list = Files.list(base)) {
            files = list.sorted().toList();
        }
        for (Path f : files) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        // the record files most often: they are the long ones, with the most rules
        Path target = r.nextInt(4) == 0 ? files.get(r.nextInt(files.size()))
                : files.stream().filter(f -> f.getFileName().toString().matches("(incidents|disputes|outreach)\\..*"))
                        .toList().get(r.nextInt(3));
        List<FuzzMutation> mutations = new ArrayList<>();
        for (int n = 1 + (r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0); n > 0; n--) {
            mutations.add(FuzzMutation.pick(r));
        }
        List<String> log = new ArrayList<>(List.of(format.name(), target.getFileName().toString()));
        Path copy = dir.resolve(target.getFileName());
        Files.write(copy, FuzzData.damage(format, Files.readAllBytes(copy), mutations, r, log));
        return log;
    }

    /** The CPU time this JVM has used, every thread, or 0 where the platform does not say. */
    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    /** Keeps a failing case's directory for a regression file; returns where. */
    private static Path keep(Path dir, int index, String what, List<String> problems) throws IOException {
        Path to = KEEP.resolve("case-" + index);
        delete(to);
        Files.createDirectories(to);
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f : list.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        Files.writeString(to.resolve("FAILURE.txt"), what + "\n" + String.join("\n", problems) + "\n",
                StandardCharsets.UTF_8);
        return to.toAbsolutePath();
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
