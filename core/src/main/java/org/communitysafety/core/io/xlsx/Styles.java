package org.communitysafety.core.io.xlsx;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Which cell styles show a number as a date: {@code styles.xml}'s {@code cellXfs}, each to its
 * number format, read once when the workbook opens (a few hundred styles at most; one boolean
 * each). Immutable and thread-safe; package-private.
 *
 * <p>A format is a date format when it is one of the built-in ids 14–22, 27–36, 45–47 or 50–58
 * (ECMA-376 Part 1, §18.8.30, with the East Asian ids that Excel assigns to dates), or a custom
 * {@code numFmt} whose first section holds a date or time token — {@code y m d h s}, any case —
 * outside quoted text, backslash escapes, {@code _x} and {@code *x} and brackets ({@code [Red]},
 * {@code [$-804]}). A format with an elapsed-time bracket ({@code [h]:mm}, {@code [mm]:ss}) is a
 * duration, not a date, and its numbers are kept as numbers.
 */
final class Styles {
    static final Styles NONE = new Styles(new boolean[0]);

    private final boolean[] dateStyle;

    private Styles(boolean[] dateStyle) {
        this.dateStyle = dateStyle;
    }

    /** Whether style {@code index} (a cell's {@code s}) shows dates; an unknown index does not. */
    boolean isDate(int index) {
        return index >= 0 && index < dateStyle.length && dateStyle[index];
    }

    /** Reads {@code styles.xml}; a workbook without one has no date styles. */
    static Styles read(ZipFile zip, String part) throws IOException {
        if (part == null || zip.getEntry(part) == null) {
            return NONE;
        }
        try (Parts.Xml xml = Parts.open(zip, part)) {
            XMLStreamReader r = xml.reader();
            Map<Integer, Boolean> custom = new HashMap<>();
            boolean[] styles = new boolean[16];
            int count = 0;
            boolean inCellXfs = false;
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    String n = r.getLocalName();
                    if (n.equals("numFmt")) {
                        String id = Parts.attribute(r, "numFmtId");
                        String code = Parts.attribute(r, "formatCode");
                        if (id != null && code != null) {
                            custom.put(parseInt(id), isDateFormat(code));
                        }
                    } else if (n.equals("cellXfs")) {
                        inCellXfs = true;
                    } else if (inCellXfs && n.equals("xf")) {
                        String id = Parts.attribute(r, "numFmtId");
                        int fmt = id == null ? 0 : parseInt(id);
                        if (count == styles.length) {
                            styles = java.util.Arrays.copyOf(styles, count * 2);
                        }
                        styles[count++] = custom.containsKey(fmt) ? custom.get(fmt) : isBuiltInDate(fmt);
                    }
                } else if (e == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
            return new Styles(java.util.Arrays.copyOf(styles, count));
        } catch (XMLStreamException e) {
            throw new IOException("the part " + part + " is malformed: " + Parts.reason(e), e);
        }
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static boolean isBuiltInDate(int id) {
        return id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47 || id >= 50 && id <= 58;
    }

    /** Whether a custom number format shows a date or time; see the class description. */
    static boolean isDateFormat(String code) {
        boolean token = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            switch (c) {
                case ';':
                    return token;
                case '"': {
                    int end = code.indexOf('"', i + 1);
                    i = end < 0 ? code.length() : end;
                    break;
                }
                case '\\', '_', '*':
                    i++;
                    break;
                case '[': {
                    int end = code.indexOf(']', i + 1);
                    String inside = code.substring(i + 1, end < 0 ? code.length() : end).toLowerCase(java.util.Locale.ROOT);
                    if (!inside.isEmpty() && inside.chars().allMatch(ch -> ch == 'h' || ch == 'm' || ch == 's')) {
                        return false; // elapsed time: a duration
                    }
                    i = end < 0 ? code.length() : end;
                    break;
                }
                default:
                    switch (Character.toLowerCase(c)) {
                        case 'y', 'm', 'd', 'h', 's' -> token = true;
                        default -> { }
                    }
            }
        }
        return token;
    }
}
