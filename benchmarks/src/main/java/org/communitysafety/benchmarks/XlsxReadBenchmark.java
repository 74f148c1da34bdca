package org.communitysafety.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.communitysafety.core.io.DatasetReader;
import org.communitysafety.core.io.ReadOptions;
import org.communitysafety.core.io.RowSource;
import org.communitysafety.core.io.csv.CsvParser;
import org.communitysafety.core.io.csv.CsvRow;
import org.communitysafety.core.io.xlsx.XlsxWorkbook;
import org.communitysafety.core.sample.SampleGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Question (issue 12): what does reading a data directory's incidents cost as {@code .xlsx}
 * against the same rows as CSV, through the public {@link DatasetReader} path, and is the
 * JDK-only reader ({@code core.io.xlsx}: {@code ZipFile} + StAX) in the range of Apache POI's
 * event API ({@code XSSFReader} + {@code XSSFSheetXMLHandler}, SAX), the usual way to stream a
 * sheet in Java — which would cost {@code csi-core} 19 MB of jars?
 *
 * <ul>
 *   <li>{@code CSV}: {@code DatasetReader.readColumnar} over {@code incidents.csv};</li>
 *   <li>{@code XLSX}: the same over {@code incidents.xlsx} (same rows, every rule checked);</li>
 *   <li>{@code XLSX_ROWS}: {@code XlsxWorkbook.sheet} iterating the rows, no validation;</li>
 *   <li>{@code POI_EVENTS}: POI's event API iterating the same sheet, cells formatted by its
 *       {@code DataFormatter}, no validation — compare with {@code XLSX_ROWS}.</li>
 * </ul>
 *
 * <p>Data: the benchmark city's incidents ({@link BenchmarkData#spec}), written once as CSV by
 * {@link StoreBuildBenchmark#dataDirectory} and once as {@code .xlsx} by POI's SXSSF with shared
 * strings, as Excel writes them: ids, units, categories and sources as text, dates as
 * date-formatted serials, flags as booleans, amounts as numbers. Both are kept in
 * {@code java.io.tmpdir/csi-bench-data} for the next runs; delete the folder when done. Set-up
 * checks that both directories read to the same incidents.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar XlsxReadBenchmark -p incidents=1000000}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class XlsxReadBenchmark {
    @Param({"1000000"})
    int incidents;

    @Param({"CSV", "XLSX", "XLSX_ROWS", "POI_EVENTS"})
    Reader reader;

    /** Who reads the rows. */
    public enum Reader {
        CSV, XLSX, XLSX_ROWS, POI_EVENTS
    }

    private Path csvDir;
    private Path xlsxDir;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        SampleGenerator gen = SampleGenerator.of(BenchmarkData.spec(incidents));
        csvDir = StoreBuildBenchmark.dataDirectory(gen);
        xlsxDir = xlsxDirectory(csvDir);
        System.out.printf(Locale.ROOT, "%n%s: %,d bytes; %s: %,d bytes%n", csvDir.resolve("incidents.csv"),
                Files.size(csvDir.resolve("incidents.csv")), xlsxDir.resolve("incidents.xlsx"),
                Files.size(xlsxDir.resolve("incidents.xlsx")));
        if (reader == Reader.XLSX) {
            var fromCsv = DatasetReader.read(csvDir).orThrow().incidents();
            var fromXlsx = DatasetReader.read(xlsxDir).orThrow().incidents();
            if (!fromCsv.equals(fromXlsx)) {
                throw new IllegalStateException("incidents.xlsx does not read to the incidents of incidents.csv");
            }
        }
        long rows = rows(read());
        if (rows != incidents) {
            throw new IllegalStateException(reader + " read " + rows + " rows, not " + incidents);
        }
    }

    @Benchmark
    public Object read() throws Exception {
        return switch (reader) {
            case CSV -> DatasetReader.readColumnar(csvDir, ReadOptions.defaults()).orThrow().incidents();
            case XLSX -> DatasetReader.readColumnar(xlsxDir, ReadOptions.defaults()).orThrow().incidents();
            case XLSX_ROWS -> xlsxRows(xlsxDir.resolve("incidents.xlsx"));
            case POI_EVENTS -> poiEvents(xlsxDir.resolve("incidents.xlsx"));
        };
    }

    private static long rows(Object result) {
        if (result instanceof long[] counts) {
            return counts[0];
        }
        return ((org.communitysafety.core.aggregate.IncidentStore) result).size();
    }

    /** Rows and characters of the sheet, read by the JDK-only reader. */
    static long[] xlsxRows(Path file) throws IOException {
        long rows = 0;
        long chars = 0;
        try (XlsxWorkbook wb = XlsxWorkbook.open(file);
                RowSource source = wb.sheet(wb.sheetNames().get(0), List.of("id", "unit"), Map.of())) {
            source.header();
            while (source.next()) {
                rows++;
                for (int i = 0; i < source.fieldCount(); i++) {
                    chars += source.field(i).length();
                }
            }
        }
        return new long[] {rows, chars};
    }

    /** Rows and characters of the sheet, read by POI's event API (SAX), cells formatted as Excel shows them. */
    static long[] poiEvents(Path file) throws Exception {
        long[] counts = new long[2];
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader xssf = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = xssf.getStylesTable();
            XSSFSheetXMLHandler.SheetContentsHandler handler = new XSSFSheetXMLHandler.SheetContentsHandler() {
                @Override
                public void startRow(int rowNum) {
                    if (rowNum > 0) {
                        counts[0]++;
                    }
                }

                @Override
                public void endRow(int rowNum) {}

                @Override
                public void cell(String ref, String formatted, XSSFComment comment) {
                    counts[1] += formatted.length();
                }
            };
            try (InputStream sheet = xssf.getSheetsData().next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, handler, new DataFormatter(),
                        false));
                parser.parse(new InputSource(sheet));
            }
        }
        return counts;
    }

    /** {@code incidents.csv} of {@code csvDir} as {@code incidents.xlsx}, beside a copy of its jurisdictions. */
    static Path xlsxDirectory(Path csvDir) throws IOException {
        Path dir = csvDir.resolveSibling(csvDir.getFileName() + "-xlsx");
        if (Files.exists(dir.resolve("complete"))) {
            return dir;
        }
        Files.createDirectories(dir);
        Files.copy(csvDir.resolve("jurisdictions.csv"), dir.resolve("jurisdictions.csv"),
                StandardCopyOption.REPLACE_EXISTING);
        Path tmp = Files.createTempFile(dir, "incidents", ".tmp");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 1000, true, true);
                CsvParser csv = CsvParser.open(csvDir.resolve("incidents.csv"), StandardCharsets.UTF_8)) {
            Sheet sheet = wb.createSheet("incidents");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CsvRow row = new CsvRow();
            csv.next(row);
            List<String> header = row.toList();
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
            }
            int r = 1;
            while (csv.next(row)) {
                Row out = sheet.createRow(r++);
                for (int c = 0; c < row.fieldCount(); c++) {
                    String v = row.field(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    Cell cell = out.createCell(c);
                    String column = header.get(c);
                    if (column.endsWith("_on")) {
                        cell.setCellValue(LocalDate.parse(v));
                        cell.setCellStyle(date);
                    } else if (column.equals("criminal") || column.equals("repeat_call")) {
                        cell.setCellValue(Boolean.parseBoolean(v));
                    } else if (column.equals("loss") || column.equals("recovered")) {
                        cell.setCellValue(Double.parseDouble(v));
                    } else {
                        cell.setCellValue(v);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            wb.dispose();
        }
        Files.move(tmp, dir.resolve("incidents.xlsx"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(dir.resolve("complete"), "");
        return dir;
    }
}
