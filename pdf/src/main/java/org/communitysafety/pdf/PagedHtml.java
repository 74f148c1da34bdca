package org.communitysafety.pdf;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.communitysafety.indicators.phrasing.Wording;
import org.communitysafety.indicators.report.Report;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The report's HTML made ready for paged media: the page as {@link Report#toHtml()} writes it
 * (well-formed XHTML, parsed with the JDK's parser, no library needed) plus a style sheet for A4
 * that openhtmltopdf's CSS paged media understands. Not thread-safe: one per rendering.
 *
 * <p>What the print style sheet does, and why:
 *
 * <ul>
 *   <li>{@code @page} A4 with margins, a running header in {@code @top-center} (the report's
 *       title, which names the unit and the period) and page numbers in {@code @bottom-center}
 *       ({@code counter(page)}, {@code counter(pages)}) worded per language
 *       ({@code PdfText_zh.properties}: 第 1 页，共 9 页);</li>
 *   <li>{@code tr}, figures and headline items are not split across pages; a table's
 *       {@code thead} is repeated on every page it runs onto ({@code -fs-table-paginate}), so a
 *       continued table still says what its columns are; a heading with less than 4 cm below it
 *       starts a new page ({@code -fs-page-break-min-height}) rather than ending one;</li>
 *   <li>every text, the charts' SVG text included, is set in the embedded font's family
 *       {@value #FAMILY}: the report's own font list names system fonts that a PDF cannot
 *       rely on.</li>
 * </ul>
 *
 * The report's HTML itself is not changed here beyond that; see the package notes for what
 * belongs in the report's HTML instead.
 */
final class PagedHtml {

    /** The family the embedded font is registered under. */
    static final String FAMILY = "CSI Sans";

    private static final String WORDING = "org.communitysafety.pdf.PdfText";
    private static final String PAGE = "\uE000";
    private static final String PAGES = "\uE001";

    /**
     * Typographic characters that a font may lack, with the plain character that says the same:
     * used only for a character that no font of the PDF has, so that it prints instead of a box.
     */
    static final Map<Integer, String> SUBSTITUTES = Map.of(0x2212, "-", 0x2013, "-", 0x2014, "--", 0x2018, "'",
            0x2019, "'", 0x201C, "\"", 0x201D, "\"", 0x2026, "...", 0x00A0, " ", 0x2009, " ");

    private static final String CSS = """
            @page {
              size: A4;
              margin: 22mm 16mm 20mm 16mm;
              @top-center { content: %1$s; font-family: %3$s; font-size: 8.5pt; color: #555;
                vertical-align: bottom; padding-bottom: 3mm; border-bottom: 0.5pt solid #999; }
              @bottom-center { content: %2$s; font-family: %3$s; font-size: 8.5pt; color: #555;
                vertical-align: top; padding-top: 3mm; }
            }
            html, body { font-family: %3$s; }
            body { max-width: none; margin: 0; padding: 0; font-size: 10pt; line-height: 1.5; }
            h1 { font-size: 18pt; margin-top: 0; }
            h2 { font-size: 14pt; margin-top: 1.2em; }
            h2, h3 { -fs-page-break-min-height: 4cm; page-break-after: avoid; }
            table { -fs-table-paginate: paginate; font-size: 9pt; }
            thead { display: table-header-group; }
            tr, figure, ul.headlines li { page-break-inside: avoid; }
            figure svg { display: block; width: 100%%; height: auto; }
            footer { margin-top: 2em; }
            """;

    private final Document document;

    private PagedHtml(Document document) {
        this.document = document;
    }

    /**
     * The report's page with the print style sheet; {@code embedded} says whether a font is
     * registered as {@value #FAMILY} (otherwise the PDF's built-in sans-serif is used).
     */
    static PagedHtml of(Report report, boolean embedded) {
        Objects.requireNonNull(report, "report");
        Document d = parse(report.toHtml());
        String family = embedded ? "'" + FAMILY + "', sans-serif" : "sans-serif";
        Element style = d.createElement("style");
        style.setTextContent(CSS.formatted(cssString(report.title()), pageNumbers(report), family));
        Element head = (Element) d.getElementsByTagName("head").item(0);
        head.appendChild(style);
        NodeList svgs = d.getElementsByTagName("svg");
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            svg.setAttribute("style", svg.getAttribute("style").replaceAll("font-family:[^;]*", "font-family: "
                    + family));
        }
        return new PagedHtml(d);
    }

    /** The page as a DOM for openhtmltopdf. */
    Document document() {
        return document;
    }

    /** The code points of every text on the page (body, SVG text, title), in order. */
    TreeSet<Integer> codePoints() {
        TreeSet<Integer> cps = new TreeSet<>();
        collect(document.getDocumentElement(), cps);
        return cps;
    }

    /** Replaces, in every text, each code point that {@code printable} refuses by its substitute. */
    void substitute(IntPredicate printable) {
        replace(document.getDocumentElement(), printable);
    }

    private static void collect(Node n, TreeSet<Integer> cps) {
        if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
            n.getNodeValue().codePoints().forEach(cps::add);
        } else if (!"style".equals(n.getNodeName())) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
                collect(c, cps);
            }
        }
    }

    private static void replace(Node n, IntPredicate printable) {
        if (n.getNodeType() == Node.TEXT_NODE) {
            String v = n.getNodeValue();
            if (v.codePoints().anyMatch(cp -> !printable.test(cp) && SUBSTITUTES.containsKey(cp))) {
                StringBuilder b = new StringBuilder(v.length());
                v.codePoints().forEach(cp -> {
                    if (!printable.test(cp) && SUBSTITUTES.containsKey(cp)) {
                        b.append(SUBSTITUTES.get(cp));
                    } else {
                        b.appendCodePoint(cp);
                    }
                });
                n.setNodeValue(b.toString());
            }
        } else if (!"style".equals(n.getNodeName())) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
                replace(c, printable);
            }
        }
    }

    /** The page-number content, e.g. {@code "第 " counter(page) " 页，共 " counter(pages) " 页"}. */
    static String pageNumbers(Report report) {
        String text = Wording.of(WORDING, report.language()).text("page", "page", PAGE, "pages", PAGES);
        StringBuilder css = new StringBuilder();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            String c = text.substring(i, i + 1);
            if (c.equals(PAGE) || c.equals(PAGES)) {
                if (i > start) {
                    css.append(cssString(text.substring(start, i))).append(' ');
                }
                css.append(c.equals(PAGE) ? "counter(page) " : "counter(pages) ");
                start = i + 1;
            }
        }
        if (start < text.length()) {
            css.append(cssString(text.substring(start)));
        }
        return css.toString().strip();
    }

    /** {@code s} as a CSS string literal. */
    static String cssString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"', '\\' -> b.append('\\').append(c);
                case '\n', '\r', '\f' -> b.append("\\A ");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static Document parse(String html) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(new InputSource(new StringReader(html)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("the report's HTML is not well-formed XHTML, which csi-pdf needs: "
                    + e.getMessage(), e);
        }
    }
}
