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
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.aggregate.Cube;
import org.communitysafety.core.aggregate.DisputeMeasure;
import org.communitysafety.core.aggregate.IncidentAggregation;
import org.communitysafety.core.aggregate.IncidentMeasure;
import org.communitysafety.core.aggregate.IncidentStore;
import org.communitysafety.core.aggregate.OutreachMeasure;
import org.communitysafety.core.aggregate.PeriodIndex;
import org.communitysafety.core.aggregate.RecordAggregation;
import org.communitysafety.core.aggregate.RecordStore;
import org.communitysafety.core.io.ColumnarReadResult;
import org.communitysafety.core.io.FileSummary;
import org.communitysafety.core.io.Problem;
import org.communitysafety.core.io.ReadReport;
import org.communitysafety.core.io.ReadResult;
import org.communitysafety.core.lang.DisplayWidth;
import org.communitysafety.core.period.Period;

/**
 * Prints a {@link ColumnarReadResult} for {@code csi validate} — the data is read straight into
 * column stores, and the yearly counts come from the aggregation core:
 *
 * <pre>
 * file                    read   accepted   rejected   warnings
 * jurisdictions.csv        571        571          0          0
 * incidents.csv         50,000     50,000          0          0
 * total                 72,071     72,071          0          0   (read = accepted + rejected)
 * units: 1 city, 8 district, 62 town, 500 village
 * incidents: 2022-01-01 .. 2024-12-31
 * incidents by year: 2022: 17,215; 2023: 16,620; 2024: 16,165
 * problems: none
 * </pre>
 *
 * then every problem, one per line, grouped by file in the order the files were read, by line
 * within a file. Stateless.
 */
final class ValidationPrinter {
    private static final String ROW = "%s %10s %10s %10s %10s%s%n";
    /** The file column's least width, in terminal columns. */
    private static final int FILE_WIDTH = 20;

    private ValidationPrinter() {}

    static void print(ColumnarReadResult result, boolean lenient, PrintWriter out) {
        ReadReport report = result.report();
        printFiles(report, out);
        Optional<ColumnarDataset> data = result.data();
        if (data.isPresent()) {
            printContents(data.get(), lenient, out);
        } else {
            out.println("units and dates: not shown, nothing was loaded"
                    + (lenient ? "" : " (strict mode loads nothing when there is an error; --lenient loads the good rows)"));
        }
        printProblems(report, out);
    }

    /** The files read and every problem: what a command that needs clean data says when it is not. */
    static void printProblemsOnly(ReadReport report, PrintWriter out) {
        printFiles(report, out);
        printProblems(report, out);
    }

    private static void printFiles(ReadReport report, PrintWriter out) {
        // names such as 警综平台导出.xlsx [警情] are wider on a terminal than they are long
        int width = Math.max(FILE_WIDTH, report.files().stream().mapToInt(f -> DisplayWidth.of(f.file())).max()
                .orElse(0));
        out.printf(Locale.ROOT, ROW, DisplayWidth.pad("file", width), "read", "accepted", "rejected", "warnings", "");
        for (FileSummary f : report.files()) {
            if (f.present()) {
                out.printf(Locale.ROOT, ROW, DisplayWidth.pad(f.file(), width), Console.count(f.rowsRead()),
                        Console.count(f.accepted()), Console.count(f.rejected()), Console.count(f.warnings()), "");
            } else {
                out.printf(Locale.ROOT, "%s %s%n", DisplayWidth.pad(f.file(), width),
                        f.file().startsWith("taxonomy") ? "not present: the default taxonomy applies" : "not present");
            }
        }
        long warnings = report.files().stream().mapToLong(FileSummary::warnings).sum();
        out.printf(Locale.ROOT, ROW, DisplayWidth.pad("total", width), Console.count(report.rowsRead()),
                Console.count(report.rowsAccepted()), Console.count(report.rowsRejected()), Console.count(warnings),
                "   (read = accepted + rejected)");
    }

    private static void printContents(ColumnarDataset data, boolean lenient, PrintWriter out) {
        String units = data.tree().countByLevel().entrySet().stream()
                .map(e -> Console.count(e.getValue()) + " " + e.getKey().code())
                .collect(Collectors.joining(", "));
        out.println("units: " + (units.isEmpty() ? "none" : units));
        if (lenient) {
            out.println("dates of the accepted records:");
        }
        IncidentStore incidents = data.incidents();
        RecordStore<DisputeMeasure> disputes = data.disputes();
        RecordStore<OutreachMeasure> outreach = data.outreach();
        int[] incidentDays = DataSpan.range(incidents.size(), incidents::day);
        int[] disputeDays = DataSpan.range(disputes.size(), disputes::day);
        int[] outreachDays = DataSpan.range(outreach.size(), outreach::day);
        out.println("incidents: " + describe(incidentDays));
        out.println("disputes: " + describe(disputeDays));
        out.println("outreach: " + describe(outreachDays));
        // the yearly counts come from the aggregation core, which the indicators use too
        int threads = Runtime.getRuntime().availableProcessors();
        years(incidentDays).ifPresent(years -> out.println("incidents by year: " + byYear(years,
                IncidentAggregation.counts(incidents, years, threads), (c, u, p) -> c.total(IncidentMeasure.COUNT, u, p))));
        years(disputeDays).ifPresent(years -> out.println("disputes received by year: " + byYear(years,
                RecordAggregation.aggregate(disputes, years, threads),
                (c, u, p) -> c.total(DisputeMeasure.RECEIVED, u, p))));
        years(outreachDays).ifPresent(years -> out.println("outreach sessions by year: " + byYear(years,
                RecordAggregation.aggregate(outreach, years, threads),
                (c, u, p) -> c.total(OutreachMeasure.SESSIONS, u, p))));
    }

    private static String describe(int[] range) {
        return range == null ? "none" : LocalDate.ofEpochDay(range[0]) + " .. " + LocalDate.ofEpochDay(range[1]);
    }

    private static Optional<PeriodIndex> years(int[] range) {
        if (range == null) {
            return Optional.empty();
        }
        List<Period> years = new ArrayList<>();
        for (int y = LocalDate.ofEpochDay(range[0]).getYear(); y <= LocalDate.ofEpochDay(range[1]).getYear(); y++) {
            years.add(Period.ofYear(y));
        }
        return Optional.of(PeriodIndex.of(years));
    }

    /** A figure of a cube for one unit and period. */
    private interface Figure<C> {
        long of(C cube, int unit, int period);
    }

    /** e.g. {@code 2022: 17,215; 2023: 16,620; 2024: 16,165}: each year's total over every unit. */
    private static <C> String byYear(PeriodIndex years, C cube, Figure<C> figure) {
        int units = unitCount(cube);
        List<String> parts = new ArrayList<>();
        for (int p = 0; p < years.size(); p++) {
            long total = 0;
            for (int u = 0; u < units; u++) {
                total += figure.of(cube, u, p);
            }
            parts.add(years.period(p) + ": " + Console.count(total));
        }
        return String.join("; ", parts);
    }

    private static int unitCount(Object cube) {
        return ((Cube<?>) cube).units();
    }

    /** Every problem, one per line, grouped by file (file order), by line within a file. */
    private static void printProblems(ReadReport report, PrintWriter out) {
        List<Problem> problems = report.problems();
        if (problems.isEmpty()) {
            out.println("problems: none");
            return;
        }
        int notes = report.infos().size();
        out.println("problems: " + Console.count(report.errors().size(), "error", "errors") + ", "
                + Console.count(report.warnings().size(), "warning", "warnings")
                + (notes == 0 ? "" : ", " + Console.count(notes, "note", "notes")));
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
                out.println(Console.visible(p.toString())); // values from the data may hold escape sequences
            }
        }
    }
}
