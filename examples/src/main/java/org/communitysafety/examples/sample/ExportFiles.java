package org.communitysafety.examples.sample;

import static org.communitysafety.examples.sample.ExportNames.chinese;
import static org.communitysafety.examples.sample.ExportNames.columns;
import static org.communitysafety.examples.sample.ExportNames.iso;
import static org.communitysafety.examples.sample.ExportNames.minuteOfDay;
import static org.communitysafety.examples.sample.ExportNames.mix;
import static org.communitysafety.examples.sample.ExportNames.renamedCategory;
import static org.communitysafety.examples.sample.ExportNames.renamedSource;
import static org.communitysafety.examples.sample.ExportNames.renamedStatus;
import static org.communitysafety.examples.sample.ExportNames.renamedLevel;
import static org.communitysafety.examples.sample.ExportNames.renamedTime;
import static org.communitysafety.examples.sample.ExportNames.slashed;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.communitysafety.core.io.csv.CsvWriter;
import org.communitysafety.core.jurisdiction.AreaKind;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.jurisdiction.PopulationFigure;
import org.communitysafety.core.record.Dispute;
import org.communitysafety.core.record.DisputeStatus;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.IncidentSource;
import org.communitysafety.core.record.Money;
import org.communitysafety.core.record.OutreachSession;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.communitysafety.core.taxonomy.Category;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * Writes a generated sample city the way a bureau's platforms export it, instead of in CSI's
 * own schema ({@link SampleFiles}): the jurisdictions (with a 网格 level below every village)
 * and the incidents in one workbook, {@value #WORKBOOK}, sheets {@code 辖区} and {@code 警情}
 * under a merged title row; populations, disputes and outreach sessions in Chinese-named CSV
 * files ({@code 人口.csv}, {@code 矛盾纠纷.csv}, {@code 走访.csv}) in UTF-8 with a byte-order
 * mark, as Excel writes them. Headers are Chinese, categories and types are Chinese labels or
 * synonyms, units are names where the name is unique in the city (codes otherwise), and dates
 * carry times: Excel date-time cells in the workbook and text in several common forms in the
 * CSV files ({@code 2024/3/7 9:05:00}, {@code 2024年3月9日}, {@code 2024-03-07 09:30}).
 *
 * <p>The records are the sample's, so a data directory written here reads to the same figures
 * as the canonical one: {@linkplain Dialect#PLATFORM the platform dialect} with no
 * configuration, {@linkplain Dialect#RENAMED the renamed one} with a mapping profile. What the
 * canonical files do not hold is derived from each record's id, deterministically: the time of
 * day an incident occurred and was reported (on the day the sample gives), its grid (one of two
 * to four below its village), an address, and for three incidents in four a position in
 * GCJ-02 coordinates.
 *
 * <p>Records are streamed (the workbook through POI's SXSSF, a window of rows in memory), so
 * a large sample needs no more heap than a small one. Stateless and thread-safe.
 */
public final class ExportFiles {
    /** The workbook of jurisdictions and incidents. */
    public static final String WORKBOOK = "警综平台导出.xlsx";
    /** The sheet of the jurisdictions and grids. */
    public static final String UNITS_SHEET = "辖区";
    /** The sheet of the incidents. */
    public static final String INCIDENTS_SHEET = "警情";
    /** The CSV files, in the order written. */
    public static final List<String> CSV_FILES = List.of("人口.csv", "矛盾纠纷.csv", "走访.csv");

    private static final int WINDOW = 500;

    /** How the export names its columns and values. */
    public enum Dialect {
        /** Headers and labels that CSI reads without configuration: 警情编号, 所属单位, 盗窃 … */
        PLATFORM,
        /**
         * Another platform's: headers and labels CSI does not know (接警单号, 责任区, 刑事-盗窃 …) and
         * times written {@code 2024.03.07 14:23}, so that reading needs a mapping profile.
         */
        RENAMED
    }

    private ExportFiles() {}

    /** Writes the sample of {@code spec} as an export in {@code dialect} into {@code dir}. */
    public static List<SampleFiles.Written> write(SampleSpec spec, Path dir, Dialect dialect,
            Consumer<SampleFiles.Written> progress) throws IOException {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(progress, "progress");
        Files.createDirectories(dir);
        SampleGenerator gen = SampleGenerator.of(spec);
        Export x = new Export(gen, dialect);
        List<SampleFiles.Written> written = new ArrayList<>();
        written.add(timed(dir.resolve(WORKBOOK), progress, x::workbook));
        written.add(timed(dir.resolve(CSV_FILES.get(0)), progress, x::populations));
        written.add(timed(dir.resolve(CSV_FILES.get(1)), progress, x::disputes));
        written.add(timed(dir.resolve(CSV_FILES.get(2)), progress, x::outreach));
        return List.copyOf(written);
    }

    /** The headers the export gives each field of the file {@code base}, in column order. */
    public static Map<String, String> headers(String base, Dialect dialect) {
        Map<String, String> h = new java.util.LinkedHashMap<>();
        for (String[] c : columns(base)) {
            h.put(c[0], dialect == Dialect.PLATFORM ? c[1] : c[2]);
        }
        return h;
    }

    /**
     * The codes behind the values that {@link Dialect#RENAMED} writes differently from the
     * platform: for each {@code file.field} ({@code incidents.category}, {@code disputes.status},
     * {@code incidents.source}, {@code jurisdictions.level}), each value written to the code it
     * stands for — what a reviewer fills into the mapping profile that {@code csi inspect} proposes.
     */
    public static Map<String, Map<String, String>> renamedValues(Taxonomy taxonomy) {
        return ExportNames.renamedValues(taxonomy);
    }

    /**
     * The date-time patterns ({@link java.time.format.DateTimeFormatter}) of the fields that
     * {@link Dialect#RENAMED} writes in its own form, {@code 2024.03.07 14:23}, by {@code file.field}.
     */
    public static Map<String, String> renamedFormats() {
        return ExportNames.renamedFormats();
    }

    /** How many grids the export puts below the village {@code villageCode}: two to four. */
    public static int grids(String villageCode) {
        return ExportNames.grids(villageCode);
    }

    /** The code of the village's grid {@code g} (1-based): the village's code and three digits. */
    public static String gridCode(String villageCode, int g) {
        return ExportNames.gridCode(villageCode, g);
    }

    private interface FileWriter {
        long write(Path file) throws IOException;
    }

    private static SampleFiles.Written timed(Path file, Consumer<SampleFiles.Written> progress, FileWriter writer)
            throws IOException {
        long start = System.nanoTime();
        long records = writer.write(file);
        SampleFiles.Written w = new SampleFiles.Written(file.getFileName().toString(), records, Files.size(file),
                Duration.ofNanos(System.nanoTime() - start));
        progress.accept(w);
        return w;
    }

    /** One export being written: the city's look-ups and the dialect. */
    private static final class Export {
        private final SampleGenerator gen;
        private final Dialect dialect;
        private final JurisdictionTree tree;
        private final Taxonomy taxonomy;
        /** What a unit is called in the records: its name when unique in the city, else its code. */
        private final Map<String, String> unitText = new HashMap<>();
        private final boolean platform;

        Export(SampleGenerator gen, Dialect dialect) {
            this.gen = gen;
            this.dialect = dialect;
            this.platform = dialect == Dialect.PLATFORM;
            this.tree = gen.tree();
            this.taxonomy = gen.taxonomy();
            Map<String, Integer> names = new HashMap<>();
            for (Jurisdiction j : tree.units()) {
                names.merge(j.name(), 1, Integer::sum);
            }
            for (Jurisdiction j : tree.units()) {
                unitText.put(j.code(), names.get(j.name()) == 1 ? j.name() : j.code());
            }
        }

        private List<String> header(String base) {
            return List.copyOf(headers(base, dialect).values());
        }

        // ---- the workbook: 辖区 and 警情 ------------------------------------------------

        long workbook(Path file) throws IOException {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW)) {
                wb.setCompressTempFiles(true);
                Styles styles = new Styles(wb);
                // the day after the last year as the creation date, not now: the same options give
                // the same bytes (POI already writes fixed zip entry times)
                wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(java.util.Optional.of(
                        java.util.Date.from(LocalDate.of(gen.spec().lastYear() + 1, 1, 1).atStartOfDay(
                                java.time.ZoneOffset.UTC).toInstant())));
                wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("csi generate");
                long rows = units(wb.createSheet(UNITS_SHEET), styles);
                rows += incidents(wb.createSheet(INCIDENTS_SHEET), styles);
                try (OutputStream out = Files.newOutputStream(file)) {
                    wb.write(out);
                }
                wb.dispose();
                return rows;
            }
        }

        /** The cell styles of the workbook: a bold title, dates and date-times. */
        private static final class Styles {
            final CellStyle title;
            final CellStyle date;
            final CellStyle dateTime;

            Styles(SXSSFWorkbook wb) {
                title = wb.createCellStyle();
                org.apache.poi.ss.usermodel.Font bold = wb.createFont();
                bold.setBold(true);
                title.setFont(bold);
                date = wb.createCellStyle();
                date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
                dateTime = wb.createCellStyle();
                dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d h:mm"));
            }
        }

        /** A merged title row, an empty row, then the header; returns the next row's index. */
        private int top(Sheet sheet, Styles styles, String title, List<String> header) {
            Row t = sheet.createRow(0);
            Cell c = t.createCell(0);
            c.setCellValue(title);
            c.setCellStyle(styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, header.size() - 1));
            Row h = sheet.createRow(2);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
            }
            return 3;
        }

        /** Blank rows after the data, as a formatted sheet has them. */
        private static void trailingBlankRows(Sheet sheet, int next, CellStyle style) {
            for (int r = next; r < next + 3; r++) {
                sheet.createRow(r).createCell(0).setCellStyle(style);
            }
        }

        private long units(Sheet sheet, Styles styles) {
            int r = top(sheet, styles, gen.tree().unit(gen.tree().roots()[0]).name() + "辖区及网格", header(
                    "jurisdictions"));
            long n = 0;
            for (Jurisdiction j : gen.jurisdictions()) {
                writeUnit(sheet.createRow(r++), j.code(), j.name(), levelWord(j), j.parentCode().orElse(""),
                        j.population().isPresent() ? j.population().getAsLong() : -1,
                        j.households().isPresent() ? j.households().getAsLong() : -1,
                        j.areaKm2().isPresent() ? j.areaKm2().getAsDouble() : Double.NaN,
                        j.kind().map(k -> k == AreaKind.URBAN ? "城镇" : "农村").orElse(""));
                n++;
                if (j.level() == Level.VILLAGE) {
                    for (int g = 1; g <= ExportNames.grids(j.code()); g++) {
                        writeUnit(sheet.createRow(r++), ExportNames.gridCode(j.code(), g), "第" + g + "网格",
                                platform ? "网格" : "grid", j.code(), -1, -1, Double.NaN, "");
                        n++;
                    }
                }
            }
            trailingBlankRows(sheet, r, styles.date);
            return n;
        }

        private static void writeUnit(Row row, String code, String name, String level, String parent,
                long population, long households, double area, String kind) {
            row.createCell(0).setCellValue(code);
            row.createCell(1).setCellValue(name);
            row.createCell(2).setCellValue(level);
            if (!parent.isEmpty()) {
                row.createCell(3).setCellValue(parent);
            }
            if (population >= 0) {
                row.createCell(4).setCellValue(population);
            }
            if (households >= 0) {
                row.createCell(5).setCellValue(households);
            }
            if (!Double.isNaN(area)) {
                row.createCell(6).setCellValue(area);
            }
            if (!kind.isEmpty()) {
                row.createCell(7).setCellValue(kind);
            }
        }

        /** The level as the platform writes it: 街道 or 镇, 社区 or 村 by the unit's kind. */
        private String levelWord(Jurisdiction j) {
            boolean urban = j.kind().map(k -> k == AreaKind.URBAN).orElse(false);
            if (!platform) {
                return renamedLevel(j.level());
            }
            return switch (j.level()) {
                case CITY -> "市";
                case DISTRICT -> urban ? "区" : "县";
                case TOWN -> urban ? "街道" : "镇";
                default -> urban ? "社区" : "村";
            };
        }

        private long incidents(Sheet sheet, Styles styles) {
            SampleSpec s = gen.spec();
            int r = top(sheet, styles, tree.unit(tree.roots()[0]).name() + "警情数据（" + s.firstYear() + "年1月1日—"
                    + s.lastYear() + "年12月31日）", header("incidents"));
            long n = 0;
            try (Stream<Incident> incidents = gen.incidents()) {
                for (Incident i : (Iterable<Incident>) incidents::iterator) {
                    writeIncident(sheet.createRow(r++), i, styles);
                    n++;
                }
            }
            trailingBlankRows(sheet, r, styles.dateTime);
            return n;
        }

        private void writeIncident(Row row, Incident i, Styles styles) {
            long h = mix(i.id());
            int col = 0;
            row.createCell(col++).setCellValue(i.id());
            row.createCell(col++).setCellValue(unitText.get(i.unit()));
            Jurisdiction unit = tree.unit(i.unit());
            if (unit.level() == Level.VILLAGE) {
                row.createCell(col).setCellValue(ExportNames.gridCode(i.unit(), 1 + (int) Long.remainderUnsigned(h, ExportNames.grids(
                        i.unit()))));
            }
            col++;
            row.createCell(col++).setCellValue(categoryText(taxonomy.category(i.category()), h));
            int minute = minuteOfDay(h);
            LocalDateTime occurred = i.occurredOn().atStartOfDay().plusMinutes(minute);
            if (platform) {
                dateTime(row.createCell(col++), occurred, styles.dateTime);
            } else {
                row.createCell(col++).setCellValue(renamedTime(occurred));
            }
            if (i.reportedOn().isPresent()) {
                LocalDate day = i.reportedOn().get();
                int reportedMinute = day.equals(i.occurredOn())
                        ? Math.min(1439, minute + (int) ((h >>> 20) % 120))
                        : (int) ((h >>> 30) % 1440);
                LocalDateTime reported = day.atStartOfDay().plusMinutes(reportedMinute);
                if (platform) {
                    dateTime(row.createCell(col), reported, styles.dateTime);
                } else {
                    row.createCell(col).setCellValue(renamedTime(reported));
                }
            }
            col++;
            if (i.clearedOn().isPresent()) {
                LocalDate day = i.clearedOn().get();
                if (!platform) {
                    row.createCell(col).setCellValue(renamedTime(day.atStartOfDay()).substring(0, 10));
                } else if (h % 5 == 0) {
                    row.createCell(col).setCellValue(day.getYear() + "年" + day.getMonthValue() + "月"
                            + day.getDayOfMonth() + "日");
                } else {
                    Cell c = row.createCell(col);
                    c.setCellValue(day);
                    c.setCellStyle(styles.date);
                }
            }
            col++;
            row.createCell(col++).setCellValue(flag(i.criminal()));
            row.createCell(col++).setCellValue(flag(i.repeatCall()));
            money(row, col++, i.loss(), h);
            money(row, col++, i.recovered(), h);
            if (i.source() != IncidentSource.UNSPECIFIED) {
                row.createCell(col).setCellValue(platform ? i.source().labelZh() : renamedSource(i.source()));
            }
            col++;
            row.createCell(col++).setCellValue(address(unit, h));
            if ((h & 3) != 0) {
                // a point near the city's centre, six decimals as the platforms write them
                double lon = 119.9 + ((h >>> 8) % 600_000) / 1_000_000.0;
                double lat = 30.0 + ((h >>> 28) % 500_000) / 1_000_000.0;
                row.createCell(col++).setCellValue(String.format(Locale.ROOT, "%.6f", lon));
                row.createCell(col++).setCellValue(String.format(Locale.ROOT, "%.6f", lat));
                row.createCell(col).setCellValue("GCJ-02");
            }
        }

        private String flag(boolean b) {
            return platform ? (b ? "是" : "否") : (b ? "1" : "0");
        }

        /** An amount as a number cell, or, for one record in seven, as text (a number stored as text). */
        private static void money(Row row, int col, Money m, long h) {
            if (m.isZero()) {
                return;
            }
            if (h % 7 == 0) {
                row.createCell(col).setCellValue(m.toPlainString());
            } else {
                row.createCell(col).setCellValue(m.yuan().doubleValue());
            }
        }

        private static void dateTime(Cell c, LocalDateTime t, CellStyle style) {
            c.setCellValue(t);
            c.setCellStyle(style);
        }

        /** The category as the export writes it: its Chinese label, or every third time a synonym. */
        private String categoryText(Category c, long h) {
            if (!platform) {
                return renamedCategory(c);
            }
            List<String> synonyms = taxonomy.synonyms(c.code());
            return synonyms.isEmpty() || (h >>> 40) % 3 != 0 ? c.labelZh() : synonyms.get(0);
        }

        private String address(Jurisdiction unit, long h) {
            int parent = tree.parent(tree.indexOf(unit.code()));
            String town = parent < 0 ? "" : tree.unit(parent).name();
            return town + unit.name() + (1 + (h >>> 12) % 200) + "号";
        }

        // ---- the CSV files ---------------------------------------------------------------

        private CsvWriter csv(Path file, String base) throws IOException {
            CsvWriter w = CsvWriter.open(file, StandardCharsets.UTF_8, true);
            w.writeRow(header(base).toArray(String[]::new));
            return w;
        }

        long populations(Path file) throws IOException {
            long n = 0;
            try (CsvWriter w = csv(file, "populations")) {
                for (PopulationFigure f : gen.populations().figures()) {
                    w.writeRow(f.unit(), Integer.toString(f.year()), Long.toString(f.population()),
                            f.households().isPresent() ? Long.toString(f.households().getAsLong()) : "");
                    n++;
                }
            }
            return n;
        }

        long disputes(Path file) throws IOException {
            long n = 0;
            try (CsvWriter w = csv(file, "disputes"); Stream<Dispute> disputes = gen.disputes()) {
                for (Dispute d : (Iterable<Dispute>) disputes::iterator) {
                    long h = mix(d.id());
                    LocalDateTime received = d.receivedOn().atStartOfDay().plusMinutes(480 + h % 600);
                    w.writeRow(d.id(), unitText.get(d.unit()), d.type().labelZh(),
                            platform ? slashed(received) : renamedTime(received), statusText(d.status(), h),
                            d.closedOn().map(c -> platform ? chinese(c) : renamedTime(c.atStartOfDay())
                                    .substring(0, 10)).orElse(""),
                            d.amount().isZero() ? "" : d.amount().toPlainString(), d.source().orElse(""),
                            d.mediator().orElse(""));
                    n++;
                }
            }
            return n;
        }

        private String statusText(DisputeStatus s, long h) {
            if (!platform) {
                return renamedStatus(s);
            }
            return switch (s) {
                case OPEN -> "正在调解";
                case RESOLVED -> h % 2 == 0 ? "调解成功" : "已化解";
                case FAILED -> "调解不成";
                case REFERRED -> "已移交";
            };
        }

        long outreach(Path file) throws IOException {
            long n = 0;
            try (CsvWriter w = csv(file, "outreach"); Stream<OutreachSession> sessions = gen.outreach()) {
                for (OutreachSession o : (Iterable<OutreachSession>) sessions::iterator) {
                    long h = mix(o.id());
                    LocalDateTime held = o.heldOn().atStartOfDay().plusMinutes(510 + 30 * (h % 18));
                    w.writeRow(o.id(), unitText.get(o.unit()), o.type().labelZh(),
                            platform ? iso(held) : renamedTime(held), Long.toString(o.staff()),
                            Long.toString(o.volunteers()), Long.toString(o.audience()),
                            Long.toString(o.households()), Long.toString(o.hazardsFound()),
                            Long.toString(o.hazardsFixed()), Long.toString(o.leads()),
                            Long.toString(o.fraudsStopped()),
                            o.lossAvoided().isZero() ? "" : o.lossAvoided().toPlainString());
                    n++;
                }
            }
            return n;
        }
    }

}
