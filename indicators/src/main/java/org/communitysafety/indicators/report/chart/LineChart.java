package org.communitysafety.indicators.report.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A line chart over category labels — months of three years as one line, or one line per year
 * over "1月" … "12月" — with nice value ticks starting at zero, a legend, Okabe–Ito colours, gaps
 * where a value is missing, optional point markers and an optional highlighted series.
 *
 * <pre>{@code
 * String svg = LineChart.builder()
 *         .title("月度刑事案件发案数")
 *         .categories(List.of("1月", "2月", ... , "12月"))
 *         .yLabel("发案数（起）")
 *         .series(LineChart.Series.of("2023年", counts2023))
 *         .series(LineChart.Series.of("2024年", counts2024))
 *         .highlight("2024年")
 *         .build()
 *         .toSvg();
 * }</pre>
 *
 * <p>Category labels are thinned to every 2nd, 3rd, 6th, 12th … so they do not overlap; the
 * value axis always includes zero. With no categories, no series or no values the axes are drawn
 * with a "no data" note. Immutable and thread-safe; {@link #toSvg()} is deterministic.
 */
public final class LineChart extends Chart {

    /**
     * A named series, one value per category; an empty value is a gap in the line.
     * Immutable and thread-safe.
     *
     * @param name   the name shown in the legend
     * @param values one per category, empty where there is no value
     */
    public record Series(String name, List<OptionalDouble> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
            for (int i = 0; i < values.size(); i++) {
                OptionalDouble v = values.get(i);
                if (v.isPresent() && !Double.isFinite(v.getAsDouble())) {
                    throw new IllegalArgumentException("value " + i + " of series \"" + name
                            + "\" must be finite, got " + v.getAsDouble() + "; use an empty value for a gap");
                }
            }
        }

        /** A series of optional values. */
        public static Series of(String name, List<OptionalDouble> values) {
            return new Series(name, values);
        }

        /** A series with every value present. */
        public static Series of(String name, double... values) {
            return new Series(name, Arrays.stream(values).mapToObj(OptionalDouble::of).toList());
        }

        /** A series of counts, every value present. */
        public static Series ofCounts(String name, long... counts) {
            return new Series(name, Arrays.stream(counts).mapToObj(c -> OptionalDouble.of(c)).toList());
        }

        /** A series where {@code null} is a gap. */
        public static Series ofNullable(String name, List<? extends Number> values) {
            List<OptionalDouble> list = new ArrayList<>(values.size());
            for (Number n : values) {
                list.add(n == null ? OptionalDouble.empty() : OptionalDouble.of(n.doubleValue()));
            }
            return new Series(name, list);
        }

        boolean isEmpty() {
            return values.stream().noneMatch(OptionalDouble::isPresent);
        }
    }

    private final List<String> categories;
    private final List<Series> series;
    private final ValueFormat yFormat;
    private final boolean markers;
    private final Optional<String> highlight;
    private final int height;

    private LineChart(Builder b) {
        super(b);
        this.categories = List.copyOf(b.categories);
        this.series = List.copyOf(b.series);
        this.yFormat = b.yFormat;
        this.markers = b.markers;
        this.highlight = Optional.ofNullable(b.highlight);
        this.height = b.height;
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series \"" + s.name() + "\" has " + s.values().size()
                        + " values but the chart has " + categories.size() + " categories");
            }
        }
        highlight.ifPresent(h -> {
            if (series.stream().noneMatch(s -> s.name().equals(h))) {
                throw new IllegalArgumentException("highlighted series \"" + h + "\" is not among "
                        + series.stream().map(Series::name).toList());
            }
        });
    }

    /** A builder with no series, 720 × 360 pixels, whole-number ticks, no markers. */
    public static Builder builder() {
        return new Builder();
    }

    public String title() { return title; }
    public List<String> categories() { return categories; }
    public List<Series> series() { return series; }
    public Optional<String> highlight() { return highlight; }

    @Override
    public String toSvg() {
        Svg svg = Svg.document(width, height, title);
        double y0 = Frame.title(svg, title, width);

        List<Frame.LegendItem> legend = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            legend.add(new Frame.LegendItem(series.get(i).name(), Palette.series(i),
                    Frame.LegendItem.Style.LINE, strokeWidth(series.get(i))));
        }
        double yAfterLegend = Frame.legend(svg, legend, 12, y0, width - 24);

        double top = yAfterLegend + Frame.valueLabelSpace(valueLabel);
        double bottom = height - 30;
        boolean noData = categories.isEmpty() || series.stream().allMatch(Series::isEmpty);

        double min = 0;
        double max = 0;
        boolean whole = !yFormat.percent();
        for (Series s : series) {
            for (OptionalDouble v : s.values()) {
                if (v.isPresent()) {
                    double d = v.getAsDouble();
                    min = Math.min(min, d);
                    max = Math.max(max, d);
                    whole &= d == Math.rint(d);
                }
            }
        }
        int maxIntervals = (int) Math.max(2, Math.min(8, (bottom - top) / 40));
        Ticks ticks = noData ? Ticks.nice(0, yFormat.percent() ? 1 : 0, maxIntervals, !yFormat.percent()) : Ticks.nice(min, max, maxIntervals, whole);
        ValueFormat tickFormat = ticks.format(yFormat);
        double left = Math.max(44, Frame.tickLabelWidth(ticks.values(), tickFormat) + 14);
        double right = width - 20;
        Frame.valueLabel(svg, valueLabel, 12.0, top, width);
        Scale y = Scale.linear(ticks.first(), ticks.last(), bottom, top);
        Frame.yGrid(svg, ticks.values(), y, tickFormat, left, right);

        int n = categories.size();
        double slot = n == 0 ? 0 : (right - left) / n;
        xLabels(svg, left, bottom, slot);
        Frame.axes(svg, left, top, right, bottom);
        if (noData) {
            Frame.noData(svg, noDataNote, left, top, right, bottom);
            return svg.finish();
        }

        // the highlighted series last, so it is drawn on top
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            if (highlight.isEmpty() || !series.get(i).name().equals(highlight.get())) {
                order.add(i);
            }
        }
        for (int i = 0; i < series.size(); i++) {
            if (highlight.isPresent() && series.get(i).name().equals(highlight.get())) {
                order.add(i);
            }
        }
        for (int i : order) {
            drawSeries(svg, series.get(i), Palette.series(i), left, slot, y);
        }
        return svg.finish();
    }

    private double strokeWidth(Series s) {
        if (highlight.isEmpty()) {
            return 2;
        }
        return s.name().equals(highlight.get()) ? 3.5 : 1.5;
    }

    private void xLabels(Svg svg, double left, double bottom, double slot) {
        int n = categories.size();
        if (n == 0) {
            return;
        }
        int every = thinning(categories, slot);
        svg.open("g", "font-size", 11, "fill", Palette.INK, "text-anchor", "middle");
        for (int i = 0; i < n; i++) {
            double x = left + (i + 0.5) * slot;
            boolean labelled = i % every == 0;
            svg.empty("line", "x1", x, "y1", bottom, "x2", x, "y2", bottom + (labelled ? 5.0 : 3.0),
                    "stroke", Palette.INK, "stroke-width", 1);
            if (labelled) {
                svg.textElement(categories.get(i), "x", x, "y", bottom + 18);
            }
        }
        svg.close("g");
    }

    /**
     * Labels every {@code k}-th category, the smallest {@code k} of 1, 2, 3, 6, 12, 24, … for which
     * the widest label plus a gap fits in {@code k} slots.
     */
    static int thinning(List<String> labels, double slot) {
        double widest = 0;
        for (String label : labels) {
            widest = Math.max(widest, Svg.textWidth(label, Frame.TICK_SIZE));
        }
        double need = widest + 12;
        int[] steps = {1, 2, 3, 6, 12};
        for (int k : steps) {
            if (k * slot >= need) {
                return k;
            }
        }
        int k = 24;
        while (k * slot < need && k < labels.size()) {
            k *= 2;
        }
        return k;
    }

    private void drawSeries(Svg svg, Series s, String colour, double left, double slot, Scale y) {
        boolean highlighted = highlight.isPresent() && s.name().equals(highlight.get());
        double sw = strokeWidth(s);
        StringBuilder d = new StringBuilder();
        List<double[]> lonely = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        int run = 0;
        for (int i = 0; i < s.values().size(); i++) {
            OptionalDouble v = s.values().get(i);
            if (v.isEmpty()) {
                if (run == 1) {
                    lonely.add(points.get(points.size() - 1));
                }
                run = 0;
                continue;
            }
            double px = left + (i + 0.5) * slot;
            double py = y.map(v.getAsDouble());
            d.append(run == 0 ? 'M' : 'L').append(Svg.num(px)).append(' ').append(Svg.num(py));
            points.add(new double[] {px, py});
            run++;
        }
        if (run == 1) {
            lonely.add(points.get(points.size() - 1));
        }
        svg.open("g", "stroke", colour, "fill", colour);
        svg.open("title").text(s.name()).close("title");
        svg.empty("path", "d", d.toString(), "fill", "none", "stroke-width", sw,
                "stroke-linejoin", "round", "stroke-linecap", "round",
                "stroke-opacity", highlight.isPresent() && !highlighted ? 0.75 : 1.0);
        List<double[]> dots = markers ? points : lonely;
        for (double[] p : dots) {
            svg.empty("circle", "cx", p[0], "cy", p[1], "r", highlighted ? 3.5 : 2.5, "stroke", "none");
        }
        svg.close("g");
    }

    /** Builds a {@link LineChart}; not thread-safe, use it once. */
    public static final class Builder extends ChartBuilder<Builder> {
        private List<String> categories = List.of();
        private final List<Series> series = new ArrayList<>();
        private ValueFormat yFormat = ValueFormat.count();
        private boolean markers;
        private String highlight;

        private Builder() {
            super(360);
        }

        /** The category labels along the x axis, in order. */
        public Builder categories(List<String> categories) {
            this.categories = List.copyOf(categories);
            return this;
        }

        /** The value axis label, such as "发案数（起）", written above the axis. */
        public Builder yLabel(String yLabel) {
            return setValueLabel(yLabel, "yLabel");
        }

        /** Adds a series; its values must match the categories one for one. */
        public Builder series(Series series) {
            return add(this.series, series, "series");
        }

        /** How value ticks are written; {@link ValueFormat#percent} for proportions. Counts by default. */
        public Builder yFormat(ValueFormat yFormat) {
            this.yFormat = Objects.requireNonNull(yFormat, "yFormat");
            return this;
        }

        /** Whether to draw a dot at every value (isolated values always get one). */
        public Builder markers(boolean markers) {
            this.markers = markers;
            return this;
        }

        /** Draws the named series thicker and on top, the others thinner. */
        public Builder highlight(String seriesName) {
            this.highlight = Objects.requireNonNull(seriesName, "seriesName");
            return this;
        }

        /** The size in pixels, at least 200 × 150. */
        public Builder size(int width, int height) {
            return checkedSize(width, height);
        }

        /**
         * The chart.
         *
         * @throws IllegalArgumentException when a series' length differs from the categories' or
         *                                  the highlighted series is not there
         */
        public LineChart build() {
            return new LineChart(this);
        }
    }
}
