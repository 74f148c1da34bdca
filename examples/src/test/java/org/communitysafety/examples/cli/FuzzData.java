package org.communitysafety.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.io.DatasetReader;
import org.communitysafety.core.io.json.JsonLinesWriter;
import org.communitysafety.examples.cli.FuzzMutation.Syntax;

/**
 * The valid data directories {@link ReaderFuzzTest} damages, and the damage: one directory per
 * format, each the same small generated sample ({@code csi generate}: 5 villages, 120
 * incidents, 36 disputes, 12 outreach sessions over 2023–2024) — as CSV files, as JSON Lines
 * files, and as workbooks written by Apache POI (counts and amounts as number cells, dates as
 * date cells, the rest as shared strings).
 */
final class FuzzData {
    /** The formats a case may damage. */
    enum Format { CSV, JSONL, XLSX }

    private static final Set<String> NUMBERS = Set.of("population", "households", "area_km2", "year", "staff",
            "volunteers", "audience", "hazards_found", "hazards_fixed", "leads", "frauds_stopped", "loss", "recovered",
            "amount", "loss_avoided");

    private FuzzData() {}

    /** Writes the three base directories under {@code root} and checks that each validates clean. */
    static Map<Format, Path> bases(Path root) throws IOException {
        Path csv = root.resolve("csv");
        CliRun g = CliRun.csi("generate", "--out", csv.toString(), "--villages", "5", "--incidents", "120",
                "--years", "2023-2024");
        assertThat(g.code()).as(g.toString()).isZero();
        Dataset data = DatasetReader.read(csv).dataset().orElseThrow();
        Path jsonl = root.resolve("jsonl");
        JsonLinesWriter.write(data, jsonl);
        Path xlsx = root.resolve("xlsx");
        Files.createDirectories(xlsx);
        try (Stream<Path> files = Files.list(csv)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                workbook(Files.readAllLines(f, StandardCharsets.UTF_8),
                        xlsx.resolve(name.substring(0, name.length() - ".csv".length()) + ".xlsx"));
            }
        }
        Map<Format, Path> bases = new LinkedHashMap<>();
        bases.put(Format.CSV, csv);
        bases.put(Format.JSONL, jsonl);
        bases.put(Format.XLSX, xlsx);
        for (Path base : bases.values()) {
            CliRun v = CliRun.csi("validate", "--data", base.toString());
            assertThat(v.code()).as(v.toString()).isZero();
        }
        return bases;
    }

    /** A one-sheet workbook of the lines of a CSV file that has no quoted cells. */
    private static void workbook(List<String> lines, Path file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Sheet1");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            String[] header = lines.get(0).split(",", -1);
            for (int i = 0; i < lines.size(); i++) {
                Row row = sheet.createRow(i);
                String[] cells = lines.get(i).split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    String v = cells[c];
                    if (v.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    String column = header[c];
                    if (i > 0 && NUMBERS.contains(column)) {
                        cell.setCellValue(Double.parseDouble(v));
                    } else if (i > 0 && column.endsWith("_on") && v.length() == 10) {
                        cell.setCellValue(LocalDate.parse(v));
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(v);
                    }
                }
            }
            book.write(out);
        }
    }

    /** The syntax of the parts a case damages in a file of {@code format}. */
    static Syntax syntax(Format format) {
        return switch (format) {
            case CSV -> Syntax.CSV;
            case JSONL -> Syntax.JSONL;
            case XLSX -> Syntax.XML;
        };
    }

    /**
     * {@code file}'s bytes damaged by {@code mutations}: a text file as a whole; a workbook
     * either as bytes (a broken zip) or, more often, in one of its XML parts, re-zipped.
     * Appends what was done to {@code log}.
     */
    static byte[] damage(Format format, byte[] file, List<FuzzMutation> mutations, Random r, List<String> log)
            throws IOException {
        if (format != Format.XLSX) {
            byte[] out = file;
            for (FuzzMutation m : mutations) {
                out = m.apply(out, r, syntax(format));
                log.add(m.name());
            }
            return out;
        }
        if (r.nextInt(8) == 0) {
            byte[] out = file;
            for (FuzzMutation m : mutations) {
                out = m.apply(out, r, Syntax.CSV);
                log.add(m.name() + " (zip bytes)");
            }
            return out;
        }
        Map<String, byte[]> parts = unzip(file);
        List<String> names = new ArrayList<>(parts.keySet());
        String sheet = names.stream().filter(n -> n.startsWith("xl/worksheets/")).findFirst().orElseThrow();
        String strings = names.stream().filter(n -> n.endsWith("sharedStrings.xml")).findFirst().orElse(sheet);
        // the sheet and the strings most often; any part at times
        String part = switch (r.nextInt(6)) {
            case 0, 1, 2 -> sheet;
            case 3 -> strings;
            default -> names.get(r.nextInt(names.size()));
        };
        if (r.nextInt(50) == 0) {
            // a zip bomb in miniature: 8 MiB of blanks that deflate a thousandfold
            byte[] xml = parts.get(sheet);
            ByteArrayOutputStream padded = new ByteArrayOutputStream(xml.length + (8 << 20));
            padded.writeBytes(xml);
            padded.writeBytes(" ".repeat(8 << 20).getBytes(StandardCharsets.ISO_8859_1));
            parts.put(sheet, padded.toByteArray());
            log.add("ZIP_BOMB " + sheet);
            return zip(parts);
        }
        byte[] out = parts.get(part);
        for (FuzzMutation m : mutations) {
            out = m.apply(out, r, Syntax.XML);
            log.add(m.name() + " " + part);
        }
        parts.put(part, out);
        return zip(parts);
    }

    private static Map<String, byte[]> unzip(byte[] file) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    private static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(p.getKey()));
                out.write(p.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
