package org.communitysafety.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.communitysafety.core.lang.Check;
import org.communitysafety.indicators.Results;
import org.communitysafety.indicators.phrasing.Language;
import org.communitysafety.indicators.report.Report;

/**
 * The report and its tidy rows as an Excel workbook (.xlsx): a cover sheet, a sheet per section of
 * the report, and the rows last.
 *
 * <pre>{@code
 * Results rows = Indicators.of(data).period("2024").compareYearOnYear().computeAll();
 * Report report = Report.builder(Indicators.of(data)).period("2024").build();
 * ReportWorkbook.builder(rows).report(report).issuer("白兴区公安分局").build().write(Path.of("report.xlsx"));
 * }</pre>
 *
 * <ul>
 *   <li>The cover: the title and subtitle, the unit, the period and the baseline, the data cut-off
 *       (the period's last day), the date generated, the issuer when given, the headlines, and
 *       which sheets hold the rows.</li>
 *   <li>A sheet per {@link Report.Section}, named after its title: its paragraphs, then its
 *       tables, whose cells that are plainly numbers are numbers (see {@code ReportNumbers}: the
 *       report hands over formatted text), shaded green or vermilion by their {@link Report.Tone},
 *       as the HTML shades them.</li>
 *   <li>The tidy rows ({@link Results#COLUMNS}), numbers as numbers with formats by the
 *       indicator's unit, the header frozen; past Excel's 1,048,576 rows a sheet they continue on a
 *       second sheet (and a third …), and the cover says so.</li>
 * </ul>
 *
 * Written streaming with POI's SXSSF: a window of rows in memory, the rest in a temporary file
 * (compressed), deleted when the workbook is written. Immutable; {@link #write} may be called
 * more than once, from any thread.
 */
public final class ReportWorkbook {
    /**
     * SXSSF's temporary files gzipped: the 1.5 million rows of a 10-million-incident catalogue are
     * 1.2 GB of sheet XML, which would otherwise sit in the temporary directory until written;
     * compressed they take about a tenth, for some 10% more CPU time.
     */
    private static final boolean COMPRESS_TEMPORARY_FILES = true;
    private final Results rows;
    private final Optional<Report> report;
    private final Optional<String> issuer;
    private final LocalDate generated;
    private final Language language;
    private final int rowsPerSheet;

    private ReportWorkbook(Builder b) {
        this.rows = b.rows;
        this.report = Optional.ofNullable(b.report);
        this.issuer = Optional.ofNullable(b.issuer);
        this.generated = b.generated != null ? b.generated : LocalDate.now();
        this.language = b.report != null ? b.report.language() : b.language;
        this.rowsPerSheet = b.rowsPerSheet;
    }

    /** A builder for a workbook of {@code rows}, with a report's sections if {@link Builder#report given}. */
    public static Builder builder(Results rows) {
        return new Builder(Objects.requireNonNull(rows, "rows"));
    }

    /** The workbook of {@code report} and {@code rows}, generated today, with no issuer. */
    public static ReportWorkbook of(Report report, Results rows) {
        return builder(rows).report(report).build();
    }

    /** The names of the sheets, in order, as {@link #write} names them. */
    public List<String> sheetNames() {
        return plan().all();
    }

    /** Writes the workbook to {@code file}, replacing it. */
    public void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
    }

    /** Writes the workbook to {@code out}; does not close it. */
    public void write(OutputStream out) throws IOException {
        Plan plan = plan();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, COMPRESS_TEMPORARY_FILES, false)) {
            Styles styles = new Styles(workbook);
            for (String name : plan.all()) {
                workbook.createSheet(name);
            }
            writeCover(workbook, styles, plan);
            Labels labels = Labels.of(language);
            if (report.isPresent()) {
                List<Report.Section> sections = report.get().sections();
                for (int i = 0; i < sections.size(); i++) {
                    SectionSheet.write(workbook.getSheet(plan.sections.get(i)), sections.get(i), styles, labels);
                }
            }
            RowsSheets.write(workbook, styles, rows, plan.rows, rowsPerSheet);
            var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
            properties.setTitle(title());
            properties.setCreator("CSI");
            workbook.write(out);
            out.flush();
        }
    }

    /** The title and the sheets, for JShell: {@code ReportWorkbook[益巷街道2024年6月社区治安形势报告: 4,140 rows; 封面, …]}. */
    @Override
    public String toString() {
        return "ReportWorkbook[" + title() + ": " + String.format(Locale.ROOT, "%,d", rows.size()) + " rows; "
                + String.join(", ", sheetNames()) + "]";
    }

    /** The sheets' names: the cover, the sections, the rows. */
    private record Plan(String cover, List<String> sections, List<String> rows) {
        List<String> all() {
            List<String> all = new ArrayList<>();
            all.add(cover);
            all.addAll(sections);
            all.addAll(rows);
            return all;
        }
    }

    private Plan plan() {
        Labels labels = Labels.of(language);
        SheetNames names = new SheetNames();
        String cover = names.next(labels.cover(), "cover");
        List<String> sections = new ArrayList<>();
        report.ifPresent(r -> r.sections().forEach(s -> sections.add(names.next(s.title(), s.id()))));
        return new Plan(cover, sections, RowsSheets.names(rows.size(), rowsPerSheet, labels.rows(), names));
    }

    private String title() {
        return report.map(Report::title).orElse(Labels.of(language).rows());
    }

    private void writeCover(SXSSFWorkbook workbook, Styles styles, Plan plan) {
        Labels l = Labels.of(language);
        List<CoverSheet.Line> lines = List.of(
                new CoverSheet.Line(l.unit(), report.map(Report::unitCode).orElse(null)),
                new CoverSheet.Line(l.period(), rows.period().toString()),
                new CoverSheet.Line(l.baseline(), rows.baseline().map(Object::toString).orElse(l.none())),
                new CoverSheet.Line(l.cutoff(), rows.period().end().toString()),
                new CoverSheet.Line(l.generated(), generated.toString()),
                new CoverSheet.Line(l.issuer(), issuer.or(() -> report.flatMap(r -> r.masthead().issuer())).orElse(null)),
                new CoverSheet.Line(l.documentNumber(),
                        report.flatMap(r -> r.masthead().documentNumber()).orElse(null)),
                new CoverSheet.Line(l.issuedOn(),
                        report.flatMap(r -> r.masthead().issuedOn(language)).orElse(null)));
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, l.rowsNote(), plan.rows.get(0), rows.size()));
        if (plan.rows.size() > 1) {
            notes.add(String.format(Locale.ROOT, l.rowsSplit(), plan.rows.size(), String.join(", ", plan.rows)));
        }
        if (report.isPresent()) {
            notes.add(l.shading());
        }
        CoverSheet.write(workbook.getSheet(plan.cover), styles, title(), report.map(Report::subtitle).orElse(""),
                lines, l.headlines(), report.map(Report::headlines).orElse(List.of()), notes);
    }

    /** Settings of a workbook; not thread-safe. */
    public static final class Builder {
        private final Results rows;
        private Report report;
        private String issuer;
        private LocalDate generated;
        private Language language = Language.ZH;
        private int rowsPerSheet = RowsSheets.EXCEL_ROWS;

        private Builder(Results rows) {
            this.rows = rows;
        }

        /** The report whose sections (and title, headlines, language) the workbook shows. */
        public Builder report(Report report) {
            this.report = Objects.requireNonNull(report, "report");
            return this;
        }

        /** The issuing unit (发布单位), shown on the cover. */
        public Builder issuer(String issuer) {
            Objects.requireNonNull(issuer, "issuer");
            Check.argument(!issuer.isBlank(), "the issuer must not be blank");
            this.issuer = issuer.strip();
            return this;
        }

        /** The date the cover says the workbook was generated (default: today, in the default time zone). */
        public Builder generated(LocalDate date) {
            this.generated = Objects.requireNonNull(date, "date");
            return this;
        }

        /** The language of the workbook's own labels when there is no report (default zh); a report's language wins. */
        public Builder language(Language language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * Rows a sheet of tidy rows holds, header included (default and maximum: Excel's
         * 1,048,576). For tests, which show the overflow onto a second sheet without writing a
         * million rows.
         */
        Builder rowsPerSheet(int rows) {
            Check.argument(rows >= 2 && rows <= RowsSheets.EXCEL_ROWS,
                    "rows a sheet (%d) must be in [2, %d]", rows, RowsSheets.EXCEL_ROWS);
            this.rowsPerSheet = rows;
            return this;
        }

        public ReportWorkbook build() {
            return new ReportWorkbook(this);
        }
    }
}
