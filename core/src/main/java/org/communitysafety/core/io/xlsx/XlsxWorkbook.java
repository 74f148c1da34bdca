package org.communitysafety.core.io.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.communitysafety.core.io.RowSource;

/**
 * An Excel workbook ({@code .xlsx}, Office Open XML) open for reading its sheets as rows, with
 * the JDK alone: {@link ZipFile}, the JDK's StAX parser for the small parts and
 * {@link SheetScanner} for the sheets. Opening reads only the small parts —
 * {@code workbook.xml}, its relationships and {@code styles.xml}; the shared strings are read
 * compactly when the first sheet is opened ({@link SharedStrings}), and each sheet is streamed
 * row by row, never held whole ({@link #sheet}). See the {@linkplain org.communitysafety.core.io.xlsx
 * package description} for how cells become text.
 *
 * <p>Sheets opened from a workbook are read through it: close them before the workbook. Opening
 * sheets is thread-safe; each sheet's rows are read by one thread.
 */
public final class XlsxWorkbook implements Closeable {
    private static final byte[] OLE2_MAGIC = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final String REL_OFFICE_DOCUMENT = "/officeDocument";
    private static final String REL_WORKSHEET = "/worksheet";
    private static final String REL_STYLES = "/styles";
    private static final String REL_SHARED_STRINGS = "/sharedStrings";

    private final String fileName;
    private final ZipFile zip;
    /** Worksheet names, in workbook order, each to its part. */
    private final Map<String, String> sheets;
    private final boolean date1904;
    private final Styles styles;
    private final String sharedStringsPart;
    private SharedStrings sharedStrings;

    private XlsxWorkbook(String fileName, ZipFile zip, Map<String, String> sheets, boolean date1904, Styles styles,
            String sharedStringsPart) {
        this.fileName = fileName;
        this.zip = zip;
        this.sheets = sheets;
        this.date1904 = date1904;
        this.styles = styles;
        this.sharedStringsPart = sharedStringsPart;
    }

    /**
     * Opens the workbook; reads only {@code workbook.xml}, its rels, {@code styles.xml} and
     * (lazily, compactly) {@code sharedStrings.xml}.
     *
     * @throws IOException whose message names the file and what is wrong: {@code incidents.xlsx is
     *     password-protected (encrypted) or an old .xls workbook; save it as an unprotected .xlsx}
     *     for an OLE2 file (an encrypted workbook is one), {@code incidents.xlsx is not a valid .xlsx
     *     workbook: ...} for a file that is not a zip archive, a truncated one, or one without the
     *     workbook's parts
     */
    public static XlsxWorkbook open(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        String name = String.valueOf(file.getFileName());
        byte[] head = new byte[OLE2_MAGIC.length];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n == OLE2_MAGIC.length && java.util.Arrays.equals(head, OLE2_MAGIC)) {
            throw new IOException(name + " is password-protected (encrypted) or an old .xls workbook; save it as an"
                    + " unprotected .xlsx");
        }
        if (n == 0) {
            throw new IOException(name + " is not a valid .xlsx workbook: the file is empty");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new IOException(name + " is not a valid .xlsx workbook: it is not a complete zip archive ("
                    + e.getMessage() + ")", e);
        }
        try {
            return read(name, zip);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw new IOException(name + " is not a valid .xlsx workbook: " + e.getMessage(), e);
        }
    }

    private static XlsxWorkbook read(String name, ZipFile zip) throws IOException {
        String workbook = "xl/workbook.xml";
        for (Relationship r : relationships(zip, "_rels/.rels", "")) {
            if (r.type().endsWith(REL_OFFICE_DOCUMENT)) {
                workbook = r.target();
                break;
            }
        }
        if (zip.getEntry(workbook) == null) {
            throw new IOException("the part " + workbook + " is missing; it is not an Excel workbook");
        }
        String dir = workbook.substring(0, workbook.lastIndexOf('/') + 1);
        String rels = dir + "_rels/" + workbook.substring(dir.length()) + ".rels";
        Map<String, String> worksheets = new LinkedHashMap<>();
        String stylesPart = null;
        String stringsPart = null;
        for (Relationship r : relationships(zip, rels, dir)) {
            if (r.type().endsWith(REL_WORKSHEET)) {
                worksheets.put(r.id(), r.target());
            } else if (r.type().endsWith(REL_STYLES)) {
                stylesPart = r.target();
            } else if (r.type().endsWith(REL_SHARED_STRINGS)) {
                stringsPart = r.target();
            }
        }
        Map<String, String> sheets = new LinkedHashMap<>();
        boolean date1904 = false;
        try (Parts.Xml xml = Parts.open(zip, workbook)) {
            XMLStreamReader r = xml.reader();
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = r.getLocalName();
                if (element.equals("workbookPr")) {
                    String v = Parts.attribute(r, "date1904");
                    date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                } else if (element.equals("sheet")) {
                    String sheetName = Parts.attribute(r, "name");
                    String part = worksheets.get(Parts.attribute(r, "id"));
                    if (sheetName != null && part != null) { // a chart sheet has no worksheet part
                        sheets.put(sheetName, part);
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("the part " + workbook + " is malformed: " + Parts.reason(e), e);
        }
        return new XlsxWorkbook(name, zip, sheets, date1904, Styles.read(zip, stylesPart), stringsPart);
    }

    record Relationship(String id, String type, String target) {}

    /** The internal relationships of a {@code .rels} part, targets resolved against {@code dir}. */
    private static List<Relationship> relationships(ZipFile zip, String part, String dir) throws IOException {
        List<Relationship> found = new ArrayList<>();
        if (zip.getEntry(part) == null) {
            return found;
        }
        try (Parts.Xml xml = Parts.open(zip, part)) {
            XMLStreamReader r = xml.reader();
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")
                        && !"External".equals(Parts.attribute(r, "TargetMode"))) {
                    String target = Parts.attribute(r, "Target");
                    if (target != null) {
                        found.add(new Relationship(String.valueOf(Parts.attribute(r, "Id")),
                                String.valueOf(Parts.attribute(r, "Type")), resolve(dir, target)));
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("the part " + part + " is malformed: " + Parts.reason(e), e);
        }
        return found;
    }

    /**
     * A relationship target as a zip entry name: {@code /xl/worksheets/sheet1.xml} is absolute,
     * {@code worksheets/sheet1.xml} relative to the source part's folder; {@code ..} steps up.
     */
    static String resolve(String dir, String target) {
        String path = target.startsWith("/") ? target.substring(1) : dir + target;
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) {
                parts.pollLast();
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }

    /** The worksheets' names, in workbook order (chart sheets are left out). */
    public List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    /** Whether 1904 is the workbook's date system ({@code workbookPr date1904}). */
    boolean date1904() {
        return date1904;
    }

    /**
     * A sheet's rows, streaming. {@code columns}/{@code aliases} as in
     * {@link org.communitysafety.core.io.RowSourceProvider#open}: used to find the header row below
     * title rows.
     *
     * @throws IOException naming the sheets there are when there is no sheet {@code name}, or when
     *     the sheet's part or the shared strings cannot be read
     */
    public RowSource sheet(String name, List<String> columns, Map<String, String> aliases) throws IOException {
        return sheet(name, columns, aliases, null);
    }

    /** {@link #sheet(String, List, Map)}, closing {@code owner} with the rows. */
    RowSource sheet(String name, List<String> columns, Map<String, String> aliases, Closeable owner)
            throws IOException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(aliases, "aliases");
        String part = sheets.get(name);
        if (part == null) {
            throw new IOException(fileName + " has no sheet named " + name + "; its sheets are "
                    + String.join(", ", sheets.keySet()));
        }
        SharedStrings strings;
        try {
            strings = sharedStrings();
        } catch (IOException e) {
            throw new IOException(fileName + " is not a valid .xlsx workbook: " + e.getMessage(), e);
        }
        SheetScanner xml;
        try {
            java.util.zip.ZipEntry entry = zip.getEntry(part);
            if (entry == null) {
                throw new IOException("the part " + part + " is missing");
            }
            xml = new SheetScanner(Parts.stream(zip, entry));
            try {
                xml.prolog();
            } catch (IOException e) {
                xml.close();
                throw new IOException("the part " + part + " is not XML: " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new IOException(fileName + ", sheet " + name + ": " + e.getMessage(), e);
        }
        return new SheetRows(name, xml, styles, date1904, strings.view(), columns, aliases, owner,
                zip.getEntry(part).getSize());
    }

    private synchronized SharedStrings sharedStrings() throws IOException {
        if (sharedStrings == null) {
            sharedStrings = SharedStrings.read(zip, sharedStringsPart);
        }
        return sharedStrings;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    @Override
    public String toString() {
        return fileName + " " + sheetNames();
    }
}
