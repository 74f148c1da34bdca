package org.communitysafety.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.io.ColumnarReadResult;
import org.communitysafety.core.io.DatasetReader;
import org.communitysafety.core.io.MappingProfile;
import org.communitysafety.core.io.ReadOptions;
import org.communitysafety.core.io.ReadReport;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.period.Period;
import org.communitysafety.excel.ReportWorkbook;
import org.communitysafety.indicators.FunnelLimits;
import org.communitysafety.indicators.Indicator;
import org.communitysafety.indicators.Indicators;
import org.communitysafety.indicators.Results;
import org.communitysafety.indicators.phrasing.Language;
import org.communitysafety.indicators.report.Report;
import org.communitysafety.indicators.report.ReportFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code csi report}: computes the indicator catalogue (or the named indicators) for every unit
 * and writes the tidy rows as JSON or CSV, or the report a bureau publishes as HTML or Markdown,
 * or both as an Excel workbook ({@code --format xlsx}, which needs {@code --out}: a binary file is
 * no use on a terminal).
 *
 * <p>Exit code 0 on success, 1 when the data has errors (the validation report goes to standard
 * error), 2 for a usage error (an unknown indicator, unit, group or level, a bad period).
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compute indicators for every unit and write the tidy rows as JSON, JSON Lines or CSV, the "
                        + "report as HTML, Markdown or PDF, or both as an Excel workbook.",
                "A row per (indicator, unit, period, group) with value, numerator, denominator, interval and, "
                        + "when compared, the baseline value, the change, the percentage change, the change in "
                        + "percentage points, the p-value and flags."},
        footer = {"", "Examples (a line ending in \\ goes on on the next):",
                "  csi report --sample --period 2024 --compare yoy --format json \\",
                "      --out report.json",
                "  csi report --sample --period 2024 --compare yoy --format html --lang zh \\",
                "      --out report.html",
                "  csi report --sample --period 2024 --compare yoy --format xlsx \\",
                "      --out report.xlsx",
                "  csi report --sample --period 2024 --compare yoy --format pdf --lang zh \\",
                "      --out report.pdf",
                "  csi report --data dir --period 2024-Q3 --compare pop --level town \\",
                "      --indicators incidents.count,incidents.clearance_rate --format csv",
                "", "Exit codes: 0 success, 1 errors in the data, 2 usage error."})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private ValidateCommand.Source source;

    @Option(names = "--period", paramLabel = "P", required = true,
            description = "The period: 2024, 2024-Q3, 2024-09, 2024-W05 or 2024-01-01..2024-09-30.")
    private String period;

    @Option(names = "--compare", paramLabel = "yoy|pop|none|P2", defaultValue = "none",
            description = "Compare with the same period a year earlier (yoy, 同比), the adjacent earlier period "
                    + "(pop, 环比), a named period, or nothing (default). An html or md report always compares year on "
                    + "year, and also period on period when the period is shorter than a year.")
    private String compare;

    @Option(names = "--unit", paramLabel = "CODE",
            description = "Only this unit and its descendants, by code (330102) or by name (白兴区) when no other "
                    + "unit has the name.")
    private String unit;

    @Option(names = "--level", paramLabel = "LEVEL",
            description = "Only the units at this level: city, district, town, village (or 市, 区, 镇, 村 …).")
    private String level;

    @Option(names = "--indicators", paramLabel = "ID", split = ",",
            description = "The indicators to compute, comma-separated (default: the whole catalogue).")
    private List<String> indicators = new ArrayList<>();

    @Option(names = "--groups", paramLabel = "GROUP", split = ",",
            description = "Only these groups: all, a taxonomy group (criminal), category:CODE, type:CODE "
                    + "(default: every one that applies).")
    private List<String> groups = new ArrayList<>();

    @Option(names = "--format", paramLabel = "json|jsonl|csv|html|md|pdf|xlsx", defaultValue = "json",
            description = "json (default), jsonl (a row a line) or csv: the tidy rows; html, md or pdf: the report a "
                    + "bureau publishes — "
                    + "headlines, tables with year-on-year and period-on-period change, the children ranked with a "
                    + "funnel plot, zero-incident villages, monthly trends and data-quality notes. pdf is the html "
                    + "paginated for A4 with a CJK font embedded (see --font); xlsx: an Excel workbook of both: a "
                    + "cover, a sheet per section of the report, and the tidy rows that json would write with the "
                    + "same options, as numbers. pdf and xlsx need --out FILE.")
    private String format;

    @Option(names = "--issuer", paramLabel = "NAME",
            description = "The issuing unit (发文机关), e.g. 白兴区公安分局: at the head of an html, md or pdf report "
                    + "and on the cover of an xlsx workbook.")
    private String issuer;

    @Option(names = "--doc-no", paramLabel = "TEXT",
            description = "The document number (发文字号), e.g. 白公〔2025〕12号: under the issuer, as a bulletin "
                    + "prints it (html, md, pdf, xlsx).")
    private String documentNumber;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The date of issue (成文日期), shown under the title (html, md, pdf, xlsx); none by default.")
    private String issuedOn;

    @Option(names = "--font", paramLabel = "PATH",
            description = "For --format pdf: the TrueType font (.ttf, .ttc) to embed for Chinese text. Default: the "
                    + "file named by the environment variable CSI_FONT, else a system font (WenQuanYi Zen Hei, "
                    + "Droid Sans Fallback, Microsoft YaHei, SimSun, PingFang …).")
    private Path font;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "The language of an html, md or xlsx report: zh (default) or en.")
    private String lang;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path out;

    @Option(names = "--csv-raw", description = "Write csv cells exactly as they are; by default a cell that starts "
            + "with = + - @ (not a number) gets a leading ' so that a spreadsheet does not run it as a formula.")
    private boolean csvRaw;

    @Option(names = "--bom", negatable = true,
            description = "Start csv with a byte-order mark, which Excel needs to read UTF-8 (Chinese names) "
                    + "correctly. Default: with --out FILE.csv yes, on standard output no; --no-bom never.")
    private Boolean bom;

    @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "0.95",
            description = "Confidence level of the intervals (default 0.95).")
    private double confidence;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05",
            description = "A change is significant when p < A (default 0.05).")
    private double alpha;

    @Option(names = "--suppress-below", paramLabel = "N", defaultValue = "0",
            description = "Withhold figures resting on 1 to N-1 records, for publishing (default 0: none).")
    private long suppressBelow;

    @Option(names = "--funnel-limits", paramLabel = "exact|score", defaultValue = "exact",
            description = "Funnel limits of proportions: exact binomial tails (default), or score to match PHE's "
                    + "Fingertips exactly (PHEindicatormethods' Wilson score limits).")
    private String funnelLimits;

    @Option(names = "--encoding", paramLabel = "NAME", defaultValue = "utf-8",
            converter = ValidateCommand.EncodingConverter.class,
            description = "Encoding of the data files: utf-8 (default), gbk, gb18030 or auto (detected per file).")
    private ReadOptions encoding;

    @Option(names = "--mapping", paramLabel = "FILE", converter = MappingConverter.class,
            description = "Read the files through this mapping profile: which file holds what, which column is "
                    + "which field, what the labels mean (csi inspect --write-mapping proposes one).")
    private MappingProfile mapping = MappingProfile.none();

    @Option(names = "--dates", paramLabel = "FIRST..LAST", converter = DateWindow.Converter.class,
            description = DateWindow.HELP)
    private DateWindow dates;

    @Option(names = "--lenient", description = "Report on the good rows despite errors in the data.")
    private boolean lenient;

    @Option(names = {"-q", "--quiet"},
            description = "Say nothing on standard error as the run goes (files read, phases, time and heap); "
                    + "errors and the final summary line are still written.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        progress = ProgressReporter.of(err, quiet);
        int code = run(err);
        if (code == Csi.OK) {
            progress.done();
        }
        return code;
    }

    /** What the long run is doing, on standard error (silent with {@code --quiet}). */
    private ProgressReporter progress;

    private int run(PrintWriter err) throws IOException {
        if (!List.of("json", "jsonl", "csv", "html", "md", "pdf", "xlsx").contains(format)) {
            throw usage("--format must be json, jsonl, csv, html, md, pdf or xlsx, not '" + format + "'");
        }
        boolean workbook = format.equals("xlsx");
        if (workbook && out == null) {
            throw usage("--format xlsx writes a binary Excel workbook, which cannot go to standard output: "
                    + "give --out FILE.xlsx");
        }
        boolean bulletin = workbook || format.equals("html") || format.equals("md") || format.equals("pdf");
        for (String[] head : new String[][] {{"--issuer", issuer}, {"--doc-no", documentNumber}, {"--date", issuedOn}}) {
            if (head[1] != null && !bulletin) {
                throw usage(head[0] + " applies to the documents (--format html, md, pdf or xlsx), not " + format);
            }
            if (head[1] != null && head[1].isBlank()) {
                throw usage(head[0] + " must not be blank");
            }
        }
        if (issuedOn != null) {
            try {
                java.time.LocalDate.parse(issuedOn.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw usage("--date must be a date as YYYY-MM-DD, e.g. 2025-01-15, not '" + issuedOn + "'");
            }
        }
        if (!funnelLimits.equals("exact") && !funnelLimits.equals("score")) {
            throw usage("--funnel-limits must be exact or score, not '" + funnelLimits + "'");
        }
        if (!lang.equals("zh") && !lang.equals("en")) {
            throw usage("--lang must be zh or en, not '" + lang + "'");
        }
        boolean document = format.equals("html") || format.equals("md") || format.equals("pdf");
        if (document && (!indicators.isEmpty() || !groups.isEmpty() || level != null)) {
            throw usage("--indicators, --groups and --level shape the tidy rows of json, jsonl and csv; an " + format
                    + " report covers a unit (--unit) and its children");
        }
        if (bom != null && !format.equals("csv")) {
            throw usage("--bom and --no-bom apply to --format csv, not " + format);
        }
        OutputFile.check(spec, "--out", out);
        PdfOutput.check(spec, format, out, font);
        Indicators calculation = configure(null);   // checks the arguments before reading any data
        ColumnarReadResult read = read(err);
        if (read == null) {
            return Csi.DATA_ERROR;
        }
        OutputFile.checkNotRead(spec, "--out", out, source, read.report());
        ColumnarDataset data = read.data().orElseThrow();
        Optional<String> empty = DataSpan.noRecordsIn(data, Period.parse(period));
        if (empty.isPresent()) {
            // never "100% of villages had zero incidents" for a year the data does not reach
            err.println("csi report: " + empty.get());
            return Csi.DATA_ERROR;
        }
        if (document) {
            progress.phase("computing the report");
            return writeDocument(data, read.report(), err);
        }
        calculation = configure(data);
        progress.phase("computing the indicators");
        long start = System.nanoTime();
        Results results = compute(calculation);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (workbook) {
            progress.phase("computing the report");
            Report report = buildReport(data, read.report());
            progress.phase("writing " + out);
            return writeWorkbook(report, results, err);
        }
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            write(results, stdout);
            stdout.flush();
        } else {
            progress.phase("writing " + out);
            try {
                OutputFile.write(out, file -> write(results, file));
            } catch (IOException e) {
                err.println("csi report: cannot write " + out + ": " + Console.describe(e));
                return Csi.DATA_ERROR;
            }
            err.println("csi report: " + Console.count(results.size(), "row", "rows") + " for " + results.period()
                    + results.baseline().map(b -> " vs " + b).orElse("") + " written to "
                    + out.toAbsolutePath().normalize() + " (computed in " + Console.duration(took) + ")");
        }
        return Csi.OK;
    }

    /** {@code --funnel-limits}, checked with the other arguments to be exact or score. */
    private FunnelLimits funnelLimits() {
        return funnelLimits.equals("score") ? FunnelLimits.SCORE : FunnelLimits.EXACT;
    }

    /** The report on {@code --unit} (or the root) for {@code --period}, in {@code --lang}. */
    private Report buildReport(ColumnarDataset data, ReadReport readReport) {
        try {
            // the statistics' settings apply to the documents as to the rows (they were ignored here)
            Indicators indicators = Indicators.of(data).confidence(confidence).alpha(alpha).suppressBelow(suppressBelow)
                    .funnelLimits(funnelLimits());
            Report.Builder b = Report.builder(indicators).period(Period.parse(period))
                    .language(lang.equals("zh") ? Language.ZH : Language.EN).readReport(readReport);
            if (unit != null) {
                b.unit(indicators.unitCode(unit));
            }
            if (issuer != null) {
                b.issuer(issuer);
            }
            if (documentNumber != null) {
                b.documentNumber(documentNumber);
            }
            if (issuedOn != null) {
                b.issuedOn(java.time.LocalDate.parse(issuedOn.strip()));
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /**
     * Writes the workbook of {@code report} and {@code results} to {@code --out}, atomically (a
     * failed run leaves the old file): a cover, the report's sections, the tidy rows.
     */
    private int writeWorkbook(Report report, Results results, PrintWriter err) {
        // the issuer, number and date come with the report's masthead
        ReportWorkbook workbook = ReportWorkbook.builder(results).report(report).build();
        try {
            OutputFile.write(out, workbook::write);
        } catch (IOException e) {
            err.println("csi report: cannot write " + out + ": " + Console.describe(e));
            return Csi.DATA_ERROR;
        }
        List<String> sheets = workbook.sheetNames();
        err.println("csi report: " + report.title() + " written to " + out.toAbsolutePath().normalize() + " — "
                + Console.count(sheets.size(), "sheet", "sheets") + ", " + Console.count(results.size(), "row", "rows")
                + " of indicator values for " + results.period() + results.baseline().map(base -> " vs " + base).orElse(""));
        return Csi.OK;
    }

    private int writeDocument(ColumnarDataset data, ReadReport readReport, PrintWriter err) throws IOException {
        Report report = buildReport(data, readReport);
        if (format.equals("pdf")) {
            return PdfOutput.write(report, font, out, err);
        }
        ReportFormat documentFormat = format.equals("html") ? ReportFormat.HTML : ReportFormat.MARKDOWN;
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            report.write(documentFormat, stdout);   // a PrintWriter does not throw; it flushes here
            return Csi.OK;
        }
        try {   // streamed to the file as it is rendered: no string of the whole document
            if (documentFormat == ReportFormat.MARKDOWN) {
                // the charts beside the final file, named after it (the Markdown goes to a temporary file first)
                OutputFile.write(out, file -> {
                    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        report.writeMarkdown(w, out);
                    }
                });
            } else {
                OutputFile.write(out, file -> report.write(documentFormat, file));
            }
        } catch (IOException e) {
            err.println("csi report: cannot write " + out + ": " + Console.describe(e));
            return Csi.DATA_ERROR;
        }
        err.println("csi report: " + report.title() + " written to " + out.toAbsolutePath().normalize()
                + (format.equals("html") ? " — open it in a browser" : ""));
        return Csi.OK;
    }

    private void write(Results results, Writer w) {
        switch (format) {
            case "json" -> results.writeJson(w);
            case "jsonl" -> results.writeJsonLines(w);
            default -> results.writeCsv(w, !csvRaw, bom != null && bom);
        }
    }

    /**
     * Writes the rows to a file, streaming: JSON as UTF-8 bytes with no {@code Writer} in between;
     * CSV with a byte-order mark unless {@code --no-bom} when the file's name ends in {@code .csv}
     * (a file for Excel, which reads UTF-8 without one as GBK), otherwise only with {@code --bom}.
     */
    private void write(Results results, Path file) throws IOException {
        switch (format) {
            case "json" -> results.writeJson(file);
            case "jsonl" -> results.writeJsonLines(file);
            default -> results.writeCsv(file, !csvRaw, bom != null ? bom
                    : out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"));
        }
    }

    private Results compute(Indicators calculation) {
        try {
            return indicators.isEmpty() ? calculation.computeAll() : calculation.compute(indicators.toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /**
     * The calculation the options describe. Without data, only the arguments that need none are
     * checked (period, comparison, indicators, level, levels of confidence), so that a typo is
     * reported before a large directory is read.
     */
    private Indicators configure(ColumnarDataset data) {
        try {
            Period p = Period.parse(period);
            for (String id : indicators) {
                Indicator.of(id);
            }
            Level l = level == null ? null : Level.parse(level);
            Period named = switch (compare) {
                case "yoy", "none", "pop" -> null;
                default -> Period.parse(compare);
            };
            if (data == null) {
                if (!(confidence > 0 && confidence < 1)) {
                    throw new IllegalArgumentException("--confidence must be in (0, 1), not " + confidence);
                }
                if (!(alpha > 0 && alpha < 1)) {
                    throw new IllegalArgumentException("--alpha must be in (0, 1), not " + alpha);
                }
                if (suppressBelow < 0) {
                    throw new IllegalArgumentException("--suppress-below must not be negative");
                }
                return null;
            }
            Indicators c = Indicators.of(data).period(p).confidence(confidence).alpha(alpha)
                    .suppressBelow(suppressBelow)
                    .funnelLimits(funnelLimits());
            c = switch (compare) {
                case "yoy" -> c.compareYearOnYear();
                case "pop" -> c.comparePeriodOverPeriod();
                case "none" -> c;
                default -> c.compareWith(named);
            };
            if (unit != null) {
                c = c.unit(unit);
            }
            if (l != null) {
                c = c.level(l);
            }
            if (!groups.isEmpty()) {
                c = c.groups(groups.toArray(String[]::new));
            }
            return c;
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** Reads the data; on errors prints the validation report to standard error and returns null. */
    private ColumnarReadResult read(PrintWriter err) throws IOException {
        Path dir = source.open(spec);
        try {
            ReadOptions options = (lenient ? encoding.asLenient() : encoding).withMapping(mapping);
            if (dates != null) {
                options = dates.applyTo(options);
            }
            // a large tree's reading leaves most of the heap G1 grew free: give it back (HeapRelief)
            HeapRelief relief = HeapRelief.of(progress);
            ColumnarReadResult result = DatasetReader.readColumnar(dir, options, relief);
            relief.afterReading();
            progress.clear();
            boolean clean = result.report().isClean() && result.report().rowsRejected() == 0;
            if (result.data().isEmpty() || (!clean && !lenient)) {
                err.println("csi report: the data has errors; nothing computed. The validation report:");
                ValidationPrinter.printProblemsOnly(result.report(), err);
                err.println("Fix the data, or run with --lenient to report on the good rows.");
                return null;
            }
            if (!clean) {
                err.println("csi report: " + Console.count(result.report().rowsRejected(), "row", "rows")
                        + " rejected (--lenient); reporting on the " + Console.count(result.report().rowsAccepted())
                        + " accepted. Run 'csi validate' for the details.");
            }
            return result;
        } finally {
            source.close(dir);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
