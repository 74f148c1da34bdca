package org.communitysafety.indicators.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Checks every chart's SVG must pass: well-formed, self-contained, deterministic. */
final class SvgChecks {
    private SvgChecks() {}

    /** Parses with a namespace-aware parser that refuses DOCTYPEs and external entities. */
    static Document parse(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    /** Runs every check on the SVG from {@code render}, which is called twice and under a German locale. */
    static Document check(Supplier<String> render) {
        String svg = render.get();
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        String viewBox = root.getAttribute("viewBox");
        assertTrue(viewBox.matches("0 0 \\d+ \\d+"), "viewBox must be whole numbers: " + viewBox);
        String[] vb = viewBox.split(" ");
        assertEquals(vb[2], root.getAttribute("width"));
        assertEquals(vb[3], root.getAttribute("height"));
        assertTrue(root.getAttribute("style").contains("Noto Sans CJK SC"), "fonts on the root");
        selfContained(svg);
        assertEquals(svg, render.get(), "rendering twice gives the same bytes");
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals(svg, render.get(), "the default locale changes nothing");
        } finally {
            Locale.setDefault(saved);
        }
        assertFalse(Pattern.compile("\\d,\\d\\d?\"").matcher(svg).find(), "no decimal commas in attributes");
        return doc;
    }

    static void selfContained(String svg) {
        String withoutNamespace = svg.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assertFalse(withoutNamespace.contains("http:"), "no http references");
        assertFalse(withoutNamespace.contains("https:"), "no https references");
        assertFalse(svg.toLowerCase(Locale.ROOT).contains("<script"), "no scripts");
        assertFalse(svg.contains("@import"), "no @import");
        assertFalse(svg.contains("href"), "no links");
        Matcher url = Pattern.compile("url\\(([^)]*)\\)").matcher(svg);
        while (url.find()) {
            assertTrue(url.group(1).trim().matches("#[A-Za-z][\\w-]*"), "url( only to internal ids: " + url.group());
        }
    }

    /** Text content of every {@code <text>} element, in order. */
    static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    /** Elements named {@code name}. */
    static List<Element> elements(Document doc, String name) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }
}
