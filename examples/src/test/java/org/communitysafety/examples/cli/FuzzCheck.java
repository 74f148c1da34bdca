package org.communitysafety.examples.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What {@link ReaderFuzzTest} asserts of one {@code csi validate} run over a damaged directory:
 * <ul>
 *   <li>it ends within {@link #TIMEOUT}, with exit code 0 or 1 (never 3, an internal error);</li>
 *   <li>it prints nothing to {@code System.out} or {@code System.err} behind the command's
 *       streams (a library's default error handler, say);</li>
 *   <li>it prints no stack trace and no exception's name ({@code Exception}, {@code Error:},
 *       a line starting {@code \tat });</li>
 *   <li>for every file and for the total, read = accepted + rejected, and the files add up to
 *       the total;</li>
 *   <li>a rejected row means exit code 1;</li>
 *   <li>the rejects file holds exactly the rejected rows, one record each after its header;</li>
 *   <li>what is printed and written stays in proportion to the input: standard output under
 *       {@link #MAX_OUTPUT} characters, the rejects file under {@link #REJECT_FACTOR} times the input's size (a workbook's uncompressed) plus
 *       {@link #REJECT_OVERHEAD} bytes a rejected row — a resource limit is a clear error, never a
 *       multi-gigabyte report.</li>
 * </ul>
 * Each failed rule is one line of the list {@link #problems} returns, so a case reports all of them.
 */
final class FuzzCheck {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int MAX_OUTPUT = 1 << 20;
    static final long REJECT_OVERHEAD = 4096;
    /**
     * The rejects file's bytes per byte of input: the fields as read, the reasons (which quote
     * values), and a header that names up to 13 bytes ({@code field_100000,}) for a field of 2
     * ({@code 1,}).
     */
    static final long REJECT_FACTOR = 8;
    /** How the line that shows the run begins: context, not a broken rule. */
    static final String CONTEXT = "the run, ";

    private static final Pattern ROW = Pattern.compile("^(\\S.*?)\\s+([0-9,]+)\\s+([0-9,]+)\\s+([0-9,]+)\\s+([0-9,]+)\\b.*$");
    private static final Pattern TRACE = Pattern.compile("(?m)^\\s*at [\\w.$]+\\(|Exception\\b|\\bError: |"
            + "internal error");

    /** The longest line a run may print: a message quotes a value, it does not copy a 4 MiB cell. */
    static final int MAX_LINE = 10_000;

    private FuzzCheck() {}

    /**
     * Runs {@code csi validate --data data [--lenient] --rejects rejects} (UTF-8) and returns every rule
     * it breaks, empty when none.
     */
    static List<String> problems(Path data, boolean lenient, Path rejects) throws IOException {
        return problems(data, lenient, rejects, "utf-8");
    }

    /** {@link #problems(Path, boolean, Path)} reading the files in {@code encoding} ({@code --encoding}). */
    static List<String> problems(Path data, boolean lenient, Path rejects, String encoding) throws IOException {
        List<String> args = new ArrayList<>(List.of("validate", "--data", data.toString(), "--rejects",
                rejects.toString(), "--encoding", encoding));
        if (lenient) {
            args.add("--lenient");
        }
        Files.deleteIfExists(rejects);
        CliRun run;
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        try {
            System.setOut(new PrintStream(stray, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
            run = assertTimeoutPreemptively(TIMEOUT, () -> CliRun.csi(args.toArray(String[]::new)));
        } catch (AssertionError e) {
            return List.of("did not end within " + TIMEOUT.toSeconds() + " s: " + e.getMessage());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        List<String> problems = new ArrayList<>();
        String mode = (lenient ? "lenient" : "strict") + (encoding.equals("utf-8") ? "" : ", " + encoding) + ": ";
        if (stray.size() > 0) {
            problems.add(mode + "printed to System.out or System.err, not to the command's streams: '"
                    + excerpt(stray.toString(StandardCharsets.UTF_8), 0) + "'");
        }
        if (run.code() != 0 && run.code() != 1) {
            problems.add(mode + "exit code " + run.code());
        }
        Matcher trace = TRACE.matcher(run.out() + run.err());
        if (trace.find()) {
            problems.add(mode + "a stack trace or an exception's name: '" + excerpt(run.out() + run.err(), trace.start())
                    + "'");
        }
        // the lines too long to be messages are one broken rule, below; the rest must stay in proportion
        long printed = run.out().lines().mapToLong(l -> l.length() > MAX_LINE ? 0 : l.length() + 1).sum();
        if (printed > MAX_OUTPUT) {
            problems.add(mode + "printed " + printed + " characters");
        }
        (run.out() + run.err()).lines().filter(l -> l.length() > MAX_LINE).findFirst().ifPresent(l -> problems.add(
                mode + "a line of " + l.length() + " characters: '" + Console.visible(l.substring(0, 200)) + "...'"));
        long rejected = counts(run, mode, problems);
        if (rejected > 0 && run.code() != 1) {
            problems.add(mode + rejected + " rows rejected but exit code " + run.code());
        }
        if (rejected >= 0) {
            rejectsFile(data, rejects, rejected, mode, problems, run);
        }
        if (!problems.isEmpty()) {
            problems.add(CONTEXT + mode + excerpt(run.toString(), 0));
        }
        return problems;
    }

    /** Checks the table of counts; returns the total rejected, or -1 when there is no table. */
    private static long counts(CliRun run, String mode, List<String> problems) {
        List<String> lines = run.outLines();
        int header = lines.indexOf(lines.stream().filter(l -> l.matches("^file\\s+read\\s+accepted.*")).findFirst()
                .orElse(""));
        if (header < 0) {
            if (run.code() == 0) {
                problems.add(mode + "exit code 0 without a table of counts");
            }
            return -1;
        }
        long[] sum = new long[3];
        for (int i = header + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            Matcher m = ROW.matcher(l);
            if (!m.matches()) {
                if (l.startsWith("total")) {
                    problems.add(mode + "unreadable total line: " + l);
                    return -1;
                }
                continue;   // a file that is not present
            }
            long read = number(m.group(2));
            long accepted = number(m.group(3));
            long rejected = number(m.group(4));
            if (read != accepted + rejected) {
                problems.add(mode + "read != accepted + rejected: " + l.strip());
            }
            if (m.group(1).strip().equals("total")) {
                if (sum[0] != read || sum[1] != accepted || sum[2] != rejected) {
                    problems.add(mode + "the files add up to " + sum[0] + " read, " + sum[1] + " accepted, " + sum[2]
                            + " rejected, but the total says " + l.strip());
                }
                return rejected;
            }
            sum[0] += read;
            sum[1] += accepted;
            sum[2] += rejected;
        }
        problems.add(mode + "no total line");
        return -1;
    }

    private static void rejectsFile(Path data, Path rejects, long rejected, String mode, List<String> problems,
            CliRun run) throws IOException {
        if (!Files.exists(rejects)) {
            problems.add(mode + "no rejects file (" + rejected + " rejected)");
            return;
        }
        long records = records(rejects) - 1;
        if (records != rejected) {
            problems.add(mode + "the rejects file holds " + records + " rows, the report says " + rejected
                    + " rejected");
        }
        long size = Files.size(rejects);
        long bound = REJECT_FACTOR * size(data) + REJECT_OVERHEAD * (rejected + 1);
        if (size > bound) {
            problems.add(mode + "the rejects file is " + size + " bytes, more than " + bound + " for " + rejected
                    + " rejected rows of " + size(data) + " bytes of input");
        }
    }

    /** The records of a CSV file: line breaks outside quotes, RFC 4180; a last line without a break counts. */
    static long records(Path file) throws IOException {
        long n = 0;
        boolean quoted = false;
        boolean any = false;
        int prev = -1;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (int c = in.read(); c >= 0; prev = c, c = in.read()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    if (!(c == '\n' && prev == '\r')) {
                        n++;
                    }
                    any = false;
                    continue;
                }
                any = true;
            }
        }
        return any ? n + 1 : n;
    }

    /** The bytes of the files as read: a workbook's parts uncompressed (a broken one as it is). */
    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            long total = 0;
            for (Path f : files.toList()) {
                total += f.toString().endsWith(".xlsx") ? unzipped(f) : Files.size(f);
            }
            return total;
        }
    }

    private static long unzipped(Path xlsx) throws IOException {
        long total = 0;
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                total += Math.max(0, e.getSize());
            }
        } catch (IOException e) {
            return Files.size(xlsx);
        }
        return Math.max(total, Files.size(xlsx));
    }

    private static long number(String s) {
        return Long.parseLong(s.replace(",", ""));
    }

    private static String excerpt(String text, int at) {
        int from = Math.max(0, at - 200);
        int to = Math.min(text.length(), at + 1500);
        return Console.visible(text.substring(from, to).replace('\n', '|'));
    }
}
