package org.communitysafety.indicators.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.communitysafety.core.io.JsonWriter;
import org.communitysafety.core.io.ReadReport;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.lang.DisplayWidth;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.Indicators;
import org.communitysafety.indicators.phrasing.Language;

/**
 * A period's report for a unit and its children, as bureaus publish them: headline sentences, a
 * table per record kind with year-on-year and period-over-period change and significance marks,
 * the children ranked with the funnel-plot outliers named, the zero-incident villages, monthly
 * trend charts over three years, a funnel plot, and notes on data quality. Immutable and
 * thread-safe once made; render it with {@link #toHtml()}, {@link #toMarkdown()} or
 * {@link #toJson()}.
 *
 * <pre>{@code
 * Report r = Report.builder(Indicators.of(data)).period("2024").language(Language.ZH).build();
 * Files.writeString(Path.of("report.html"), r.toHtml());
 * }</pre>
 *
 * <p>Every figure comes from {@link org.communitysafety.indicators.Indicators} (exact counts, the
 * stated intervals and tests) and every sentence from
 * {@link org.communitysafety.indicators.phrasing.Phrasing}: a rate shown as 98.0% is computed
 * from the exact counts, and a change is called significant only when its test says so.
 */
public final class Report {

    /**
     * How a cell reads at a glance: a change or a position that is for the {@link #BETTER} or the
     * {@link #WORSE} by its indicator's {@link org.communitysafety.indicators.Indicator#direction()
     * direction}, when its test found it significant (or the unit lies outside the 99.8% funnel
     * limits); the HTML, the PDF and the workbook shade such cells green and vermilion, the colours
     * of the charts. {@link #NONE} for everything else, including a significant change of an
     * indicator that is neither better nor worse for rising (disputes received).
     */
    public enum Tone {
        /** Nothing to shade. */
        NONE,
        /** A significant change, or a position, for the better. */
        BETTER,
        /** A significant change, or a position, for the worse. */
        WORSE
    }

    /** A table cell: its text, already formatted, and its {@link Tone}. */
    public record Cell(String text, Tone tone) {
        public Cell {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(tone, "tone");
        }

        /** A cell with no tone. */
        public static Cell of(String text) {
            return new Cell(text, Tone.NONE);
        }
    }

    /**
     * A table: a header and rows of {@link Cell}s, already formatted; {@code sortable} when a reader
     * may reorder its rows by any column (the HTML page sorts it on a click on a column's header).
     */
    public record Table(String title, List<String> header, List<List<Cell>> cells, List<String> notes,
            boolean sortable) {
        /** A table of untoned cells, in the order given. */
        public static Table of(String title, List<String> header, List<List<String>> rows, List<String> notes) {
            return new Table(title, header, rows.stream().map(r -> r.stream().map(Cell::of).toList()).toList(), notes,
                    false);
        }

        /** The cells' texts, row by row. */
        public List<List<String>> rows() {
            return cells.stream().map(r -> r.stream().map(Cell::text).toList()).toList();
        }

        /** Whether some cell has a tone, so that a renderer that shades says what its colours mean. */
        public boolean isToned() {
            return cells.stream().anyMatch(r -> r.stream().anyMatch(c -> c.tone() != Tone.NONE));
        }

        /**
         * Whether the table holds sentences rather than figures — a cell beyond the first column
         * wider than {@value #PROSE_CELL} columns of a terminal (a Chinese character counts two:
         * {@code DisplayWidth}), as the methods appendix's definitions are, while the longest change
         * in words ("up 2.3 percentage points on the same period last year *") is about 60 — so
         * that renderers align its columns to the left, not to the right as figures are.
         */
        public boolean isProse() {
            return cells.stream().anyMatch(r -> r.stream().skip(1).anyMatch(c -> DisplayWidth.of(c.text()) > PROSE_CELL));
        }

        /** The display width past which a cell is a sentence, not a figure. */
        static final int PROSE_CELL = 100;

        public Table {
            Objects.requireNonNull(title, "title");
            header = List.copyOf(header);
            cells = cells.stream().map(List::copyOf).toList();
            notes = List.copyOf(notes);
            for (List<Cell> r : cells) {
                Check.argument(r.size() == header.size(), "a row of %d cells under a header of %d", r.size(),
                        header.size());
            }
        }
    }

    /**
     * A bulletin's head (版头): the issuing unit (发文机关), the document number (发文字号, e.g.
     * 白公〔2025〕12号) and the date of issue (成文日期), each when given; rendered above the title
     * and below the subtitle as a bulletin prints them.
     */
    public record Masthead(Optional<String> issuer, Optional<String> documentNumber, Optional<LocalDate> issuedOn) {
        public Masthead {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(documentNumber, "documentNumber");
            Objects.requireNonNull(issuedOn, "issuedOn");
        }

        /** No issuer, number or date. */
        public static Masthead none() {
            return new Masthead(Optional.empty(), Optional.empty(), Optional.empty());
        }

        /** Whether there is nothing to show. */
        public boolean isEmpty() {
            return issuer.isEmpty() && documentNumber.isEmpty() && issuedOn.isEmpty();
        }

        /** The date of issue as the report's language writes it: 2025年1月15日, 15 January 2025. */
        public Optional<String> issuedOn(Language language) {
            return issuedOn.map(d -> language == Language.ZH
                    ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日"
                    : d.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)));
        }
    }

    /** A chart: an inline SVG with a title and a caption. */
    public record Figure(String title, String svg, String caption) {
        public Figure {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(svg, "svg");
            Objects.requireNonNull(caption, "caption");
        }
    }

    /** A section: a heading, paragraphs, tables and figures, shown in that order. */
    public record Section(String id, String title, List<String> paragraphs, List<Table> tables, List<Figure> figures) {
        public Section {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            paragraphs = List.copyOf(paragraphs);
            tables = List.copyOf(tables);
            figures = List.copyOf(figures);
        }
    }

    private final Language language;
    private final String title;
    private final String subtitle;
    private final String unitCode;
    private final Period period;
    private final List<String> headlines;
    private final List<Section> sections;
    private final Masthead masthead;

    Report(Language language, String title, String subtitle, String unitCode, Period period, List<String> headlines,
            List<Section> sections, Masthead masthead) {
        this.masthead = masthead;
        this.language = language;
        this.title = title;
        this.subtitle = subtitle;
        this.unitCode = unitCode;
        this.period = period;
        this.headlines = List.copyOf(headlines);
        this.sections = List.copyOf(sections);
    }

    /**
     * A builder for a report on the data of {@code indicators}, computed with its settings
     * (statistics, suppression, threads); the report sets the period, the comparisons, the unit and
     * the groups itself.
     */
    public static Builder builder(Indicators indicators) {
        return new Builder(Objects.requireNonNull(indicators, "indicators"));
    }

    /** The language the report is written in. */
    public Language language() {
        return language;
    }

    /** The title, e.g. 后阴市2024年社区治安形势报告. */
    public String title() {
        return title;
    }

    /** The line under the title: the comparison and the data. */
    public String subtitle() {
        return subtitle;
    }

    /** The unit reported on. */
    public String unitCode() {
        return unitCode;
    }

    /** The period reported on. */
    public Period period() {
        return period;
    }

    /** The bulletin's head: issuer, document number and date of issue, when given. */
    public Masthead masthead() {
        return masthead;
    }

    /** The headline sentences. */
    public List<String> headlines() {
        return headlines;
    }

    /** The sections, in order. */
    public List<Section> sections() {
        return sections;
    }

    /** The section with this id ({@code incidents}, {@code disputes}, {@code outreach}, {@code children}, {@code zero}, {@code trends}, {@code quality}). */
    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** A self-contained HTML page: inline CSS and SVG, no scripts, fonts or network at view time. */
    public String toHtml() {
        return ReportHtml.render(this);
    }

    /** Markdown; the charts as inline SVG images (data URIs). */
    public String toMarkdown() {
        return ReportMarkdown.render(this);
    }

    /**
     * JSON: title, headlines and the sections with their tables and charts (SVG text); a table
     * with toned cells also has {@code "tones"}, row by row: {@code "better"}, {@code "worse"} or
     * {@code ""} for each cell, as the HTML shades them.
     */
    public String toJson() {
        return ReportJson.render(this);
    }

    /**
     * Writes the report in {@code format} to {@code file} in UTF-8, as it is rendered: no string
     * of the whole document is made. Markdown is written as {@link #writeMarkdown} writes it: the
     * charts as {@code .svg} files beside it.
     */
    public void write(ReportFormat format, Path file) throws IOException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(file, "file");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (format == ReportFormat.MARKDOWN) {
                writeMarkdown(out, file);
            } else {
                write(format, out);
            }
        }
    }

    /**
     * Writes the Markdown of the file {@code target} to {@code out}, with each chart in a file of
     * its own beside {@code target}: {@code report-1.svg}, {@code report-2.svg} … for
     * {@code report.md}, in the order they appear, linked by that relative name. A renderer then
     * shows them as images (many refuse SVG data URIs), and the Markdown has no line of 10,000
     * characters. Existing files of those names are replaced. {@link #write(ReportFormat, Path)}
     * does this with {@code out} writing to {@code target}; this form is for a caller that writes
     * the Markdown elsewhere first (to a temporary file moved into place, say).
     *
     * @throws IOException when {@code out} or a chart's file cannot be written
     */
    public void writeMarkdown(Writer out, Path target) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(target, "target");
        Check.argument(target.getFileName() != null, "the Markdown file must have a name, got '%s'", target);
        Path dir = target.toAbsolutePath().getParent();
        String stem = stem(target.getFileName().toString());
        try {
            ReportMarkdown.write(this, out, (figure, number) -> {
                String name = stem + "-" + number + ".svg";
                Files.writeString(dir.resolve(name), figure.svg(), StandardCharsets.UTF_8);
                return name;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    /** {@code report.md} without its extension: {@code report}. */
    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /**
     * Writes the report in {@code format} to {@code out} as it is rendered, the text of
     * {@link #toHtml()}, {@link #toMarkdown()} or {@link #toJson()}; flushes but does not close
     * {@code out}.
     *
     * @throws IOException when {@code out} fails
     */
    public void write(ReportFormat format, Writer out) throws IOException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        try {
            switch (format) {
                case HTML -> ReportHtml.write(this, out);
                case MARKDOWN -> ReportMarkdown.write(this, out);
                case JSON -> ReportJson.write(this, JsonWriter.pretty(out));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    @Override
    public String toString() {
        return ReportMarkdown.render(this);
    }

    /** Builds a {@link Report}. Not thread-safe; each setter returns this builder. */
    public static final class Builder {
        final Indicators indicators;
        Optional<String> unit = Optional.empty();
        Optional<Period> period = Optional.empty();
        Language language = Language.ZH;
        Optional<ReadReport> readReport = Optional.empty();
        OptionalInt threads = OptionalInt.empty();
        int listLimit = 60;
        int appendixLimit = 10_000;
        Optional<String> issuer = Optional.empty();
        Optional<String> documentNumber = Optional.empty();
        Optional<LocalDate> issuedOn = Optional.empty();

        Builder(Indicators indicators) {
            this.indicators = indicators;
        }

        /** The unit to report on (its children are ranked); the root by default. */
        public Builder unit(String code) {
            Objects.requireNonNull(code, "code");
            indicators.tree().find(code).orElseThrow(() -> new IllegalArgumentException("unknown unit '" + code + "'"
                    + indicators.tree().suggest(code).map(s -> "; did you mean " + s + "?").orElse("")));
            this.unit = Optional.of(code);
            return this;
        }

        /** The period, e.g. a year; compared with the year before (同比) and the period before (环比). */
        public Builder period(Period period) {
            this.period = Optional.of(Objects.requireNonNull(period, "period"));
            return this;
        }

        /** The period in text form: 2024, 2024-Q3, 2024-09 … */
        public Builder period(String period) {
            return period(Period.parse(period));
        }

        /** The language: {@link Language#ZH} (the default) or {@link Language#EN}. */
        public Builder language(Language language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /** The reading report of the data, for the data-quality notes (rejected rows, warnings). */
        public Builder readReport(ReadReport report) {
            this.readReport = Optional.of(Objects.requireNonNull(report, "report"));
            return this;
        }

        /** The threads the aggregation may use; by default those of the indicators' settings. */
        public Builder threads(int threads) {
            Check.argument(threads >= 1, "threads must be at least 1, got %d", threads);
            this.threads = OptionalInt.of(threads);
            return this;
        }

        /** How many zero-incident villages to name before "and N more" (60 by default). */
        public Builder listLimit(int limit) {
            Check.argument(limit >= 0, "the list limit must not be negative, got %d", limit);
            this.listLimit = limit;
            return this;
        }

        /**
         * How many zero-incident villages the appendix names at most (10,000 by default: some 400
         * A4 pages). A city of a million villages may have hundreds of thousands with no criminal
         * case, which no reader pages through; past the limit the appendix says how many it left
         * out and how to get every one from the tidy rows.
         */
        public Builder appendixLimit(int limit) {
            Check.argument(limit >= 0, "the appendix limit must not be negative, got %d", limit);
            this.appendixLimit = limit;
            return this;
        }

        /** The issuing unit (发文机关), e.g. 白兴区公安分局, shown at the head of the report. */
        public Builder issuer(String issuer) {
            this.issuer = Optional.of(nonBlank(issuer, "issuer"));
            return this;
        }

        /** The document number (发文字号), e.g. 白公〔2025〕12号, shown under the issuer. */
        public Builder documentNumber(String number) {
            this.documentNumber = Optional.of(nonBlank(number, "documentNumber"));
            return this;
        }

        /** The date of issue (成文日期), shown under the subtitle. */
        public Builder issuedOn(LocalDate date) {
            this.issuedOn = Optional.of(Objects.requireNonNull(date, "date"));
            return this;
        }

        private static String nonBlank(String text, String name) {
            Objects.requireNonNull(text, name);
            Check.argument(!text.isBlank(), "the %s must not be blank", name);
            return text.strip();
        }

        /** Computes the report. */
        public Report build() {
            Period p = period.orElseThrow(() -> new IllegalStateException(
                    "no period set: call period(\"2024\") before build()"));
            String code = unit.orElseGet(() -> indicators.tree().unit(indicators.tree().roots()[0]).code());
            return new ReportMaker(this, code, p).make();
        }
    }
}
