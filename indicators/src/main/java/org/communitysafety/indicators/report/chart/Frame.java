package org.communitysafety.indicators.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts every chart shares: title, legend, axis labels, grid, axes and the "no data" note,
 * laid out in a plot rectangle. Package-private; immutable once laid out.
 */
final class Frame {
    static final double TITLE_SIZE = 16;
    static final double FONT_SIZE = 12;
    static final double TICK_SIZE = 11;
    static final String GRID = "#E3E3E3";

    /** A legend entry: a line (solid or dashed, optionally with a dot) or a dot alone. */
    record LegendItem(String label, String colour, Style style, double strokeWidth) {
        enum Style { LINE, DASHED, DOT }
    }

    private Frame() {}

    /** Writes the title at the top; returns the y below it. */
    static double title(Svg svg, String title, int width) {
        if (title.isEmpty()) {
            return 10;
        }
        svg.textElement(Svg.fit(title, TITLE_SIZE, width - 24.0), "x", 12.0, "y", 24.0,
                "font-size", 16, "font-weight", "bold", "fill", Palette.INK);
        return 34;
    }

    /** The space above the plot for the value axis's label: 24 pixels with one, 8 without. */
    static double valueLabelSpace(String label) {
        return label.isEmpty() ? 8 : 24;
    }

    /** Writes the value axis's label above the plot ({@code top}) at {@code x}, cut to the chart's width; nothing when empty. */
    static void valueLabel(Svg svg, String label, double x, double top, int width) {
        if (!label.isEmpty()) {
            svg.textElement(Svg.fit(label, FONT_SIZE, width - 24.0), "x", x, "y", top - 12, "fill", Palette.INK);
        }
    }

    /** Writes the legend from {@code y} (top), wrapping within {@code width}; returns the y below it. */
    static double legend(Svg svg, List<LegendItem> items, double x0, double y, double width) {
        if (items.isEmpty()) {
            return y;
        }
        List<List<LegendItem>> rows = rows(items, width);
        double rowY = y + 12;
        for (List<LegendItem> row : rows) {
            double x = x0;
            for (LegendItem item : row) {
                double mid = rowY - 4;
                switch (item.style()) {
                    case DOT -> svg.empty("circle", "cx", x + 9, "cy", mid, "r", 4, "fill", item.colour());
                    case DASHED -> svg.empty("line", "x1", x, "y1", mid, "x2", x + 18.0, "y2", mid,
                            "stroke", item.colour(), "stroke-width", item.strokeWidth(), "stroke-dasharray", "5 3");
                    case LINE -> svg.empty("line", "x1", x, "y1", mid, "x2", x + 18.0, "y2", mid,
                            "stroke", item.colour(), "stroke-width", item.strokeWidth());
                }
                svg.textElement(item.label(), "x", x + 24, "y", rowY, "fill", Palette.INK);
                x += itemWidth(item);
            }
            rowY += 18;
        }
        return y + rows.size() * 18.0 + 4;
    }

    private static double itemWidth(LegendItem item) {
        return 24 + Svg.textWidth(item.label(), FONT_SIZE) + 16;
    }

    private static List<List<LegendItem>> rows(List<LegendItem> items, double width) {
        List<List<LegendItem>> rows = new ArrayList<>();
        List<LegendItem> row = new ArrayList<>();
        double used = 0;
        for (LegendItem item : items) {
            double w = itemWidth(item);
            if (!row.isEmpty() && used + w > width) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(item);
            used += w;
        }
        rows.add(row);
        return rows;
    }

    /** Horizontal grid lines and tick labels for a value axis on the left. */
    static void yGrid(Svg svg, List<Double> ticks, Scale y, ValueFormat format, double left, double right) {
        svg.open("g", "font-size", 11, "fill", Palette.INK, "text-anchor", "end");
        for (double t : ticks) {
            double py = y.map(t);
            svg.empty("line", "x1", left, "y1", py, "x2", right, "y2", py, "stroke", GRID, "stroke-width", 1);
            svg.textElement(format.format(t), "x", left - 6, "y", py + 4);
        }
        svg.close("g");
    }

    /** Width the tick labels of a value axis need. */
    static double tickLabelWidth(List<Double> ticks, ValueFormat format) {
        double w = 0;
        for (double t : ticks) {
            w = Math.max(w, Svg.textWidth(format.format(t), TICK_SIZE));
        }
        return w;
    }

    /** The axis lines along the left and the bottom of the plot. */
    static void axes(Svg svg, double left, double top, double right, double bottom) {
        svg.empty("path", "d", "M" + Svg.num(left) + " " + Svg.num(top) + "V" + Svg.num(bottom)
                + "H" + Svg.num(right), "fill", "none", "stroke", Palette.INK, "stroke-width", 1);
    }

    /** The "no data" note in the middle of the plot. */
    static void noData(Svg svg, String note, double left, double top, double right, double bottom) {
        svg.textElement(note, "x", (left + right) / 2, "y", (top + bottom) / 2, "text-anchor", "middle",
                "font-size", 14, "fill", "#777777");
    }
}
