package org.communitysafety.indicators.report.chart;

import java.util.Objects;

/**
 * A tiny SVG writer: elements with escaped attributes and text, numbers with at most two
 * decimals and a '.' on every machine, and the root element with the house fonts.
 *
 * <p>Output is deterministic: no ids, no timestamps, no locale. Coordinates are rounded half
 * away from zero to 0.01 ({@code 12.345 → "12.35"}, {@code 3.0 → "3"}, {@code -0.001 → "0"}).
 * Not thread-safe (it wraps a {@link StringBuilder}); used once per {@code toSvg()} call.
 */
final class Svg {
    /** Fonts with Chinese glyphs found on plain Linux, Windows and macOS, then the generic. */
    static final String FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', "
            + "'WenQuanYi Micro Hei', 'WenQuanYi Zen Hei', 'Microsoft YaHei', 'PingFang SC', "
            + "'Hiragino Sans GB', sans-serif";
    static final String NAMESPACE = "http://www.w3.org/2000/svg";

    private final StringBuilder out = new StringBuilder(4096);

    private Svg() {}

    /**
     * Starts a document {@code width × height} with a whole-number viewBox, the fonts set once
     * on the root and an accessible {@code <title>}.
     */
    static Svg document(int width, int height, String title) {
        Svg svg = new Svg();
        svg.out.append("<svg xmlns=\"").append(NAMESPACE).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" role=\"img\" style=\"font-family: ")
                .append(escape(FONT_FAMILY)).append("; font-size: 12px\">\n");
        svg.open("title").text(title).close("title");
        svg.empty("rect", "x", 0, "y", 0, "width", width, "height", height, "fill", "#ffffff");
        return svg;
    }

    /** Opens {@code <name a="v" ...>}; attributes come in name, value pairs. */
    Svg open(String name, Object... attributes) {
        start(name, attributes);
        out.append('>');
        return this;
    }

    /** Writes {@code <name a="v" .../>}. */
    Svg empty(String name, Object... attributes) {
        start(name, attributes);
        out.append("/>\n");
        return this;
    }

    /** Writes escaped character data. */
    Svg text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Closes {@code </name>}. */
    Svg close(String name) {
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** Writes {@code <text ...>content</text>}. */
    Svg textElement(String content, Object... attributes) {
        return open("text", attributes).text(content).close("text");
    }

    /** Ends the document and returns it. */
    String finish() {
        out.append("</svg>\n");
        return out.toString();
    }

    private void start(String name, Object... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs, got "
                    + attributes.length + " items for <" + name + ">");
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = Objects.requireNonNull(attributes[i + 1], "attribute value");
            out.append(' ').append(attributes[i]).append("=\"").append(value(value)).append('"');
        }
    }

    private static String value(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return num(((Number) value).doubleValue());
        }
        return escape(value.toString());
    }

    /** Escapes {@code & < > " '} for text and attribute values alike. */
    static String escape(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> (c < 0x20 && c != '\n' && c != '\t') || c == 0xFFFE || c == 0xFFFF ? " " : null;
            };
            if (rep != null && b == null) {
                b = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (b != null) {
                if (rep != null) {
                    b.append(rep);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? text : b.toString();
    }

    /**
     * Formats a coordinate with at most two decimals, without exponent or locale: rounds half
     * away from zero to 0.01 and drops trailing zeros. Non-finite values are a bug in the caller.
     */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("a coordinate must be finite, got " + v);
        }
        long hundredths = Math.round(Math.abs(v) * 100.0);
        if (hundredths == 0) {
            return "0";
        }
        StringBuilder b = new StringBuilder(12);
        if (v < 0) {
            b.append('-');
        }
        b.append(hundredths / 100);
        long frac = hundredths % 100;
        if (frac != 0) {
            b.append('.').append(frac / 10);
            if (frac % 10 != 0) {
                b.append(frac % 10);
            }
        }
        return b.toString();
    }

    /** A rough width of {@code text} at {@code fontSize}: CJK one em, Latin about 0.6 em. */
    static double textWidth(String text, double fontSize) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x2E80 || (cp >= 0x1100 && cp <= 0x11FF)) {
                em += (cp >= 0xFF61 && cp <= 0xFFDC) ? 0.55 : 1.0;
            } else if (cp == ' ' || cp == '.' || cp == ',' || cp == ':' || cp == 'i' || cp == 'l'
                    || cp == '(' || cp == ')' || cp == '|') {
                em += 0.3;
            } else if (Character.isUpperCase(cp) || cp == '%' || cp == 'm' || cp == 'w') {
                em += 0.72;
            } else {
                em += 0.58;
            }
        }
        return em * fontSize;
    }

    /** Cuts {@code text} to fit {@code maxWidth}, ending with '…' when cut. */
    static String fit(String text, double fontSize, double maxWidth) {
        if (textWidth(text, fontSize) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 0 && textWidth(text.substring(0, end) + "…", fontSize) > maxWidth) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end) + "…";
    }
}
