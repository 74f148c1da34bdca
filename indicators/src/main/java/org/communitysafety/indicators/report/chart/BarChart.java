package org.communitysafety.indicators.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Horizontal bars for ranking units by a value: labels on the left, values at the bar ends,
 * bars in the order given (rank them first), an optional colour per bar to mark outliers.
 * The height grows with the number of bars (22 pixels a bar).
 *
 * <pre>{@code
 * String svg = BarChart.builder()
 *         .title("各街道发案数")
 *         .valueLabel("发案数（起）")
 *         .bar(BarChart.Bar.of("白兴区", 187))
 *         .bar(BarChart.Bar.of("南湖街道", 240).signal())   // in Palette.SIGNAL
 *         .build()
 *         .toSvg();
 * }</pre>
 *
 * <p>Bars start at zero; negative values go left of it. Long labels are cut with '…' and
 * kept whole in the bar's tooltip. With no bars the axis is drawn with a "no data" note.
 * Immutable and thread-safe; {@link #toSvg()} is deterministic.
 */
public final class BarChart extends Chart {
    private static final double ROW = 22;

    /** One bar: a label, a value and an optional colour. Immutable and thread-safe. */
    public record Bar(String label, double value, Optional<String> colour) {
        public Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(colour, "colour");
            colour.ifPresent(Palette::checkColour);
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("bar \"" + label + "\" must have a finite value, got " + value);
            }
        }

        /** A bar in the chart's colour. */
        public static Bar of(String label, double value) {
            return new Bar(label, value, Optional.empty());
        }

        /** This bar in {@code colour}, {@code #RRGGBB}. */
        public Bar withColour(String colour) {
            return new Bar(label, value, Optional.of(Palette.checkColour(colour)));
        }

        /** This bar in {@link Palette#BETTER}, for an outlier on the better side. */
        public Bar better() {
            return withColour(Palette.BETTER);
        }

        /** This bar in {@link Palette#SIGNAL}, for an outlier. */
        public Bar signal() {
            return withColour(Palette.SIGNAL);
        }
    }

    private final List<Bar> bars;
    private final ValueFormat format;
    private final String colour;

    private BarChart(Builder b) {
        super(b);
        this.bars = List.copyOf(b.bars);
        this.format = b.format;
        this.colour = b.colour;
    }

    /** A builder with no bars, 720 pixels wide, whole-number values, bars in {@link Palette#PRIMARY}. */
    public static Builder builder() {
        return new Builder();
    }

    public List<Bar> bars() { return bars; }

    /** The height in pixels: header, one row a bar (at least three) and the axis. */
    public int height() {
        return (int) Math.ceil(headerHeight() + Math.max(3, bars.size()) * ROW + 34);
    }

    private double headerHeight() {
        return (title.isEmpty() ? 10 : 34) + Frame.valueLabelSpace(valueLabel);
    }

    @Override
    public String toSvg() {
        int height = height();
        Svg svg = Svg.document(width, height, title);
        Frame.title(svg, title, width);
        double top = headerHeight();
        double bottom = top + Math.max(3, bars.size()) * ROW;

        double min = 0;
        double max = 0;
        boolean whole = !format.percent();
        for (Bar b : bars) {
            min = Math.min(min, b.value());
            max = Math.max(max, b.value());
            whole &= b.value() == Math.rint(b.value());
        }
        double widestLabel = 0;
        for (Bar b : bars) {
            widestLabel = Math.max(widestLabel, Svg.textWidth(b.label(), Frame.FONT_SIZE));
        }
        double labelSpace = Math.min(Math.max(widestLabel, 30), width * 0.35);
        double left = 12 + labelSpace + 8;
        double widestValue = 0;
        for (Bar b : bars) {
            widestValue = Math.max(widestValue, Svg.textWidth(format.format(b.value()), Frame.TICK_SIZE));
        }
        double right = width - 16 - widestValue - 6;
        int maxIntervals = (int) Math.max(2, Math.min(8, (right - left) / 80));
        Ticks ticks = bars.isEmpty() ? Ticks.nice(0, 1, maxIntervals, false) : Ticks.nice(min, max, maxIntervals, whole);
        ValueFormat tickFormat = ticks.format(format);
        Scale x = Scale.linear(ticks.first(), ticks.last(), left, right);

        Frame.valueLabel(svg, valueLabel, left, top, width);
        svg.open("g", "font-size", 11, "fill", Palette.INK, "text-anchor", "middle");
        for (double t : ticks.values()) {
            double px = x.map(t);
            svg.empty("line", "x1", px, "y1", top, "x2", px, "y2", bottom, "stroke", Frame.GRID, "stroke-width", 1);
            svg.textElement(tickFormat.format(t), "x", px, "y", bottom + 16);
        }
        svg.close("g");
        double zero = x.map(0);
        svg.empty("line", "x1", zero, "y1", top, "x2", zero, "y2", bottom, "stroke", Palette.INK, "stroke-width", 1);
        svg.empty("line", "x1", left, "y1", bottom, "x2", right, "y2", bottom, "stroke", Palette.INK, "stroke-width", 1);
        if (bars.isEmpty()) {
            Frame.noData(svg, noDataNote, left, top, right, bottom);
            return svg.finish();
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double rowTop = top + i * ROW;
            double mid = rowTop + ROW / 2;
            double end = x.map(b.value());
            double x0 = Math.min(zero, end);
            double w = Math.abs(end - zero);
            svg.open("g");
            svg.open("title").text(b.label() + ": " + format.format(b.value())).close("title");
            svg.textElement(Svg.fit(b.label(), Frame.FONT_SIZE, labelSpace), "x", left - 8, "y", mid + 4,
                    "text-anchor", "end", "fill", Palette.INK);
            svg.empty("rect", "x", x0, "y", rowTop + 3, "width", w, "height", ROW - 6,
                    "fill", b.colour().orElse(colour));
            boolean negative = b.value() < 0;
            svg.textElement(format.format(b.value()), "x", negative ? x0 - 4 : x0 + w + 4, "y", mid + 4,
                    "text-anchor", negative ? "end" : "start", "font-size", 11, "fill", Palette.INK);
            svg.close("g");
        }
        return svg.finish();
    }

    /** Builds a {@link BarChart}; not thread-safe, use it once. */
    public static final class Builder extends ChartBuilder<Builder> {
        private final List<Bar> bars = new ArrayList<>();
        private ValueFormat format = ValueFormat.count();
        private String colour = Palette.PRIMARY;

        private Builder() {
            super(0);
        }

        /** What the values are, such as "发案数（起）", written above the bars. */
        public Builder valueLabel(String valueLabel) {
            return setValueLabel(valueLabel, "valueLabel");
        }

        /** Adds a bar below the previous ones. */
        public Builder bar(Bar bar) {
            return add(this.bars, bar, "bar");
        }

        public Builder bars(List<Bar> bars) {
            return addEach(this.bars, bars, "bar");
        }

        /** How values and ticks are written; whole numbers with ',' by default. */
        public Builder valueFormat(ValueFormat format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /** The colour of bars without their own, {@code #RRGGBB}. */
        public Builder colour(String colour) {
            this.colour = Palette.checkColour(colour);
            return this;
        }

        /** The width in pixels, at least 200; the height follows from the number of bars. */
        public Builder width(int width) {
            if (width < 200) {
                throw new IllegalArgumentException("a chart must be at least 200 pixels wide, got " + width);
            }
            this.width = width;
            return this;
        }

        public BarChart build() {
            return new BarChart(this);
        }
    }
}
