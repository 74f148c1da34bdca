package org.communitysafety.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.io.FileSummary;
import org.communitysafety.core.io.Problem;
import org.communitysafety.core.io.ReadResult;
import org.communitysafety.core.io.ReadReport;
import org.communitysafety.core.record.Dispute;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.OutreachSession;

/**
 * Prints a {@link ReadResult} for {@code csi validate}:
 *
 * <pre>
 * file                    read   accepted   rejected   warnings
 * jurisdictions.csv        571        571          0          0
 * incidents.csv         50,000     50,000          0          0
 * total                 72,071     72,071          0          0   (read = accepted + rejected)
 * units: 1 city, 8 district, 62 town, 500 village
 * incidents: 2022-01-01 .. 2024-12-31
 * problems: none
 * </pre>
 *
 * then every problem, one per line, grouped by file in the order the files were read, by line
 * within a file. Stateless.
 */
final class ValidationPrinter {
    private static final String ROW = "%-20s %10s %10s %10s %10s%s%n";

    private ValidationPrinter() {}

    static void print(ReadResult result, boolean lenient, PrintWriter out) {
        ReadReport report = result.report();
        printFiles(report, out);
        Optional<Dataset> data = result.dataset();
        if (data.isPresent()) {
            printContents(data.get(), lenient, out);
        } else {
            out.println("units and dates: not shown, nothing was loaded"
                    + (lenient ? "" : " (strict mode loads nothing when there is an error; --lenient loads the good rows)"));
        }
        printProblems(report, out);
    }

    private static void printFiles(ReadReport report, PrintWriter out) {
        out.printf(Locale.ROOT, ROW, "file", "read", "accepted", "rejected", "warnings", "");
        for (FileSummary f : report.files()) {
            if (f.present()) {
                out.printf(Locale.ROOT, ROW, f.file(), Console.count(f.rowsRead()), Console.count(f.accepted()),
                        Console.count(f.rejected()), Console.count(f.warnings()), "");
            } else {
                out.printf(Locale.ROOT, "%-20s %s%n", f.file(),
                        f.file().startsWith("taxonomy") ? "not present: the default taxonomy applies" : "not present");
            }
        }
        long warnings = report.files().stream().mapToLong(FileSummary::warnings).sum();
        out.printf(Locale.ROOT, ROW, "total", Console.count(report.rowsRead()), Console.count(report.rowsAccepted()),
                Console.count(report.rowsRejected()), Console.count(warnings), "   (read = accepted + rejected)");
    }

    private static void printContents(Dataset data, boolean lenient, PrintWriter out) {
        String units = data.tree().countByLevel().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().code())
                .collect(Collectors.joining(", "));
        out.println("units: " + (units.isEmpty() ? "none" : units));
        if (lenient) {
            out.println("dates of the accepted records:");
        }
        out.println("incidents: " + range(data.incidents(), Incident::occurredOn));
        out.println("disputes: " + range(data.disputes(), Dispute::receivedOn));
        out.println("outreach: " + range(data.outreach(), OutreachSession::heldOn));
    }

    private static <T> String range(List<T> records, Function<T, LocalDate> date) {
        if (records.isEmpty()) {
            return "none";
        }
        LocalDate first = LocalDate.MAX;
        LocalDate last = LocalDate.MIN;
        for (T r : records) {
            LocalDate d = date.apply(r);
            first = d.isBefore(first) ? d : first;
            last = d.isAfter(last) ? d : last;
        }
        return first + " .. " + last;
    }

    /** Every problem, one per line, grouped by file (file order), by line within a file. */
    private static void printProblems(ReadReport report, PrintWriter out) {
        List<Problem> problems = report.problems();
        if (problems.isEmpty()) {
            out.println("problems: none");
            return;
        }
        out.println("problems: " + Console.count(report.errors().size(), "error", "errors") + ", "
                + Console.count(report.warnings().size(), "warning", "warnings"));
        Map<String, List<Problem>> byFile = new LinkedHashMap<>();
        report.files().forEach(f -> byFile.put(f.file(), new ArrayList<>()));
        for (Problem p : problems) {
            byFile.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p);
        }
        for (List<Problem> group : byFile.values()) {
            if (group.isEmpty()) {
                continue;
            }
            group.sort(Comparator.comparingLong(Problem::line)); // stable: order found within a line
            for (Problem p : group) {
                out.println(p);
            }
        }
    }
}
