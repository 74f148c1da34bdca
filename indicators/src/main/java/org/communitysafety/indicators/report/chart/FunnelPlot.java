package org.communitysafety.indicators.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A funnel plot (Spiegelhalter, "Funnel plots for comparing institutional performance",
 * Statistics in Medicine 24:1185, 2005): each unit's rate or proportion against its denominator,
 * a target line, and the 95% (dashed) and 99.8% (solid) control limits that the caller computes
 * and passes as samples. Units outside the 99.8% limits are drawn in {@link Palette#SIGNAL} and
 * labelled; the others are muted.
 *
 * <pre>{@code
 * String svg = FunnelPlot.builder()
 *         .title("各村（社区）调解成功率")
 *         .xLabel("受理纠纷（宗）").yLabel("调解成功率")
 *         .proportion()                               // y as percentages, kept within 0 … 100%
 *         .target(0.95)
 *         .limits95(samples95).limits998(samples998)  // LimitSample.of(n, lower, upper)
 *         .point(FunnelPlot.Point.of("白兴村", 120, 0.81))
 *         .logX(true)
 *         .build()
 *         .toSvg();
 * }</pre>
 *
 * <p>A point is outside when it lies beyond the 99.8% limits at its {@code x}, interpolated
 * linearly between the two nearest samples (the nearest sample beyond their range), unless the
 * caller marks it with {@link Point#signal()} or {@link Point#muted()} to agree with a ranking
 * computed exactly. The y range covers the points and the target; limits are clipped to it.
 * Immutable and thread-safe; {@link #toSvg()} is deterministic.
 */
public final class FunnelPlot extends Chart {

    /**
     * Whether a point is a signal: worked out from the limits, or said by the caller; {@code
     * BETTER} is an outlier on the better side, drawn and labelled in {@link Palette#BETTER}.
     */
    public enum Mark { AUTO, SIGNAL, MUTED, BETTER }

    /**
     * A unit: its label, denominator {@code x} and rate or proportion {@code y}.
     * Immutable and thread-safe.
     */
    public record Point(String label, double x, double y, Mark mark) {
        public Point {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(mark, "mark");
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("point \"" + label + "\" must have finite x and y, got ("
                        + x + ", " + y + ")");
            }
        }

        /** A point whose signal is worked out from the 99.8% limits. */
        public static Point of(String label, double x, double y) {
            return new Point(label, x, y, Mark.AUTO);
        }

        /** This point, drawn as a signal whatever the limits say. */
        public Point signal() {
            return new Point(label, x, y, Mark.SIGNAL);
        }

        /** This point, an outlier on the better side: drawn and labelled in {@link Palette#BETTER}. */
        public Point better() {
            return new Point(label, x, y, Mark.BETTER);
        }

        /** This point, drawn muted whatever the limits say. */
        public Point muted() {
            return new Point(label, x, y, Mark.MUTED);
        }
    }

    /** The control limits at one denominator {@code x}. Immutable and thread-safe. */
    public record LimitSample(double x, double lower, double upper) {
        public LimitSample {
            if (!Double.isFinite(x) || !Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
                throw new IllegalArgumentException("a limit sample must be finite with lower <= upper, got (x "
                        + x + ", lower " + lower + ", upper " + upper + ")");
            }
        }

        public static LimitSample of(double x, double lower, double upper) {
            return new LimitSample(x, lower, upper);
        }
    }

    private final String xLabel;
    private final List<Point> points;
    private final List<LimitSample> limits95;
    private final List<LimitSample> limits998;
    private final OptionalDouble target;
    private final boolean logX;
    private final boolean proportion;
    private final ValueFormat xFormat;
    private final ValueFormat yFormat;
    private final List<String> legendLabels;
    private final int height;

    private FunnelPlot(Builder b) {
        super(b);
        Comparator<LimitSample> byX = Comparator.comparingDouble(LimitSample::x);
        this.xLabel = b.xLabel;
        this.points = List.copyOf(b.points);
        this.limits95 = b.limits95.stream().sorted(byX).toList();
        this.limits998 = b.limits998.stream().sorted(byX).toList();
        this.target = b.target;
        this.logX = b.logX;
        this.proportion = b.proportion;
        this.xFormat = b.xFormat;
        this.yFormat = b.yFormat;
        this.legendLabels = b.legendLabels;
        this.height = b.height;
        if (logX) {
            for (Point p : points) {
                if (p.x() <= 0) {
                    throw new IllegalArgumentException("a log x axis needs positive denominators, got "
                            + p.x() + " for \"" + p.label() + "\"");
                }
            }
        }
    }

    /** A builder with no points, no limits, no target, linear x, 720 × 440 pixels. */
    public static Builder builder() {
        return new Builder();
    }

    public List<Point> points() { return points; }

    /** Whether {@code p} is drawn as a signal: marked so, or beyond the 99.8% limits at its x. */
    public boolean isSignal(Point p) {
        return switch (p.mark()) {
            case SIGNAL -> true;
            case MUTED, BETTER -> false;
            case AUTO -> {
                if (limits998.isEmpty()) {
                    yield false;
                }
                double[] lim = interpolate(limits998, p.x());
                yield p.y() < lim[0] || p.y() > lim[1];
            }
        };
    }

    private static double[] interpolate(List<LimitSample> samples, double x) {
        LimitSample first = samples.get(0);
        LimitSample last = samples.get(samples.size() - 1);
        if (x <= first.x()) {
            return new double[] {first.lower(), first.upper()};
        }
        if (x >= last.x()) {
            return new double[] {last.lower(), last.upper()};
        }
        for (int i = 1; i < samples.size(); i++) {
            LimitSample b = samples.get(i);
            if (x <= b.x()) {
                LimitSample a = samples.get(i - 1);
                double t = b.x() == a.x() ? 1 : (x - a.x()) / (b.x() - a.x());
                return new double[] {a.lower() + t * (b.lower() - a.lower()), a.upper() + t * (b.upper() - a.upper())};
            }
        }
        return new double[] {last.lower(), last.upper()};
    }

    @Override
    public String toSvg() {
        Svg svg = Svg.document(width, height, title);
        double y0 = Frame.title(svg, title, width);
        List<Frame.LegendItem> legend = new ArrayList<>();
        if (target.isPresent()) {
            legend.add(new Frame.LegendItem(legendLabels.get(0), Palette.PRIMARY, Frame.LegendItem.Style.LINE, 1.5));
        }
        if (!limits95.isEmpty()) {
            legend.add(new Frame.LegendItem(legendLabels.get(1), Palette.INK, Frame.LegendItem.Style.DASHED, 1));
        }
        if (!limits998.isEmpty()) {
            legend.add(new Frame.LegendItem(legendLabels.get(2), Palette.INK, Frame.LegendItem.Style.LINE, 1));
        }
        boolean anySignal = points.stream().anyMatch(this::isSignal);
        if (anySignal) {
            legend.add(new Frame.LegendItem(legendLabels.get(3), Palette.SIGNAL, Frame.LegendItem.Style.DOT, 1));
        }
        if (points.stream().anyMatch(p -> p.mark() == Mark.BETTER)) {
            legend.add(new Frame.LegendItem(legendLabels.get(4), Palette.BETTER, Frame.LegendItem.Style.DOT, 1));
        }
        double top = Frame.legend(svg, legend, 12, y0, width - 24) + Frame.valueLabelSpace(valueLabel);
        double bottom = height - (xLabel.isEmpty() ? 30 : 50);
        boolean noData = points.isEmpty();

        // y range: the points and the target
        double ymin = Double.POSITIVE_INFINITY;
        double ymax = Double.NEGATIVE_INFINITY;
        for (Point p : points) {
            ymin = Math.min(ymin, p.y());
            ymax = Math.max(ymax, p.y());
        }
        if (target.isPresent()) {
            ymin = Math.min(ymin, target.getAsDouble());
            ymax = Math.max(ymax, target.getAsDouble());
        }
        if (ymin > ymax) {
            ymin = 0;
            ymax = 1;
        }
        double pad = Math.max((ymax - ymin) * 0.08, Math.abs(ymax) * 0.02);
        ymin = ymin >= 0 ? Math.max(0, ymin - pad) : ymin - pad;
        ymax += pad;
        if (proportion) {
            ymin = Math.max(0, Math.min(ymin, 1));
            ymax = Math.min(1, Math.max(ymax, ymin));
        }
        int maxIntervals = (int) Math.max(2, Math.min(8, (bottom - top) / 40));
        Ticks yTicks = Ticks.nice(ymin, ymax, maxIntervals, false);
        ValueFormat yTickFormat = yTicks.format(yFormat);
        double left = Math.max(48, Frame.tickLabelWidth(yTicks.values(), yTickFormat) + 14);
        double right = width - 24;
        Scale y = Scale.linear(yTicks.first(), yTicks.last(), bottom, top);
        Frame.valueLabel(svg, valueLabel, 12.0, top, width);
        Frame.yGrid(svg, yTicks.values(), y, yTickFormat, left, right);

        // x range: the points (limits beyond it are clipped)
        double xmin = Double.POSITIVE_INFINITY;
        double xmax = Double.NEGATIVE_INFINITY;
        for (Point p : points) {
            xmin = Math.min(xmin, p.x());
            xmax = Math.max(xmax, p.x());
        }
        Scale x;
        List<Double> xTicks;
        ValueFormat xTickFormat;
        if (logX) {
            if (xmin > xmax) {
                xmin = 1;
                xmax = 1000;
            }
            xTicks = Ticks.log(xmin, xmax);
            x = Scale.log(xTicks.get(0), xTicks.get(xTicks.size() - 1), left, right);
            int decimals = (int) Math.max(0, -Math.floor(Math.log10(xTicks.get(0))));
            xTickFormat = xFormat.withDecimals(Math.min(6, decimals));
        } else {
            if (xmin > xmax) {
                xmin = 0;
                xmax = 1;
            }
            Ticks t = Ticks.nice(Math.min(0, xmin), xmax, (int) Math.max(2, Math.min(8, (right - left) / 90)), false);
            xTicks = t.values();
            x = Scale.linear(t.first(), t.last(), left, right);
            xTickFormat = t.format(xFormat);
        }
        svg.open("g", "font-size", 11, "fill", Palette.INK, "text-anchor", "middle");
        for (double t : xTicks) {
            double px = x.map(t);
            svg.empty("line", "x1", px, "y1", top, "x2", px, "y2", bottom, "stroke", Frame.GRID, "stroke-width", 1);
            svg.empty("line", "x1", px, "y1", bottom, "x2", px, "y2", bottom + 5.0, "stroke", Palette.INK, "stroke-width", 1);
            svg.textElement(xTickFormat.format(t), "x", px, "y", bottom + 18);
        }
        svg.close("g");
        if (!xLabel.isEmpty()) {
            svg.textElement(Svg.fit(xLabel, Frame.FONT_SIZE, right - left), "x", (left + right) / 2, "y", bottom + 38,
                    "text-anchor", "middle", "fill", Palette.INK);
        }
        Frame.axes(svg, left, top, right, bottom);
        if (noData) {
            Frame.noData(svg, noDataNote, left, top, right, bottom);
            return svg.finish();
        }

        double[] box = {left, top, right, bottom};
        drawLimits(svg, limits95, x, y, box, true);
        drawLimits(svg, limits998, x, y, box, false);
        if (target.isPresent() && target.getAsDouble() >= yTicks.first() && target.getAsDouble() <= yTicks.last()) {
            double py = y.map(target.getAsDouble());
            svg.empty("line", "x1", left, "y1", py, "x2", right, "y2", py, "stroke", Palette.PRIMARY, "stroke-width", 1.5);
        }
        drawPoints(svg, x, y, box);
        return svg.finish();
    }

    private void drawLimits(Svg svg, List<LimitSample> all, Scale x, Scale y, double[] box, boolean dashed) {
        List<LimitSample> samples = all.stream().filter(s -> !logX || s.x() > 0).toList();
        if (samples.size() < 2) {
            return;
        }
        String lower = Clip.polyline(samples.stream().map(s -> new double[] {x.map(s.x()), y.map(s.lower())}).toList(), box);
        String upper = Clip.polyline(samples.stream().map(s -> new double[] {x.map(s.x()), y.map(s.upper())}).toList(), box);
        String d = lower + upper;
        if (d.isEmpty()) {
            return;
        }
        if (dashed) {
            svg.empty("path", "d", d, "fill", "none", "stroke", Palette.INK, "stroke-width", 1, "stroke-dasharray", "5 3");
        } else {
            svg.empty("path", "d", d, "fill", "none", "stroke", Palette.INK, "stroke-width", 1);
        }
    }

    private void drawPoints(Svg svg, Scale x, Scale y, double[] box) {
        List<Point> muted = new ArrayList<>();
        List<Point> signals = new ArrayList<>();
        List<Point> better = new ArrayList<>();
        for (Point p : points) {
            (isSignal(p) ? signals : p.mark() == Mark.BETTER ? better : muted).add(p);
        }
        svg.open("g", "fill", Palette.MUTED, "fill-opacity", 0.7);
        for (Point p : muted) {
            svg.open("circle", "cx", clamp(x.map(p.x()), box[0], box[2]), "cy", clamp(y.map(p.y()), box[1], box[3]), "r", 3.5);
            svg.open("title").text(tooltip(p)).close("title").close("circle");
        }
        svg.close("g");
        List<double[]> taken = new ArrayList<>();
        drawLabelled(svg, x, y, box, signals, Palette.SIGNAL, taken);
        if (!better.isEmpty()) {
            drawLabelled(svg, x, y, box, better, Palette.BETTER, taken);
        }
    }

    /** Points drawn large in {@code colour}, each labelled where the label overlaps nothing taken. */
    private void drawLabelled(Svg svg, Scale x, Scale y, double[] box, List<Point> points, String colour,
            List<double[]> taken) {
        svg.open("g", "fill", colour, "font-size", 11);
        for (Point p : points) {
            double px = clamp(x.map(p.x()), box[0], box[2]);
            double py = clamp(y.map(p.y()), box[1], box[3]);
            svg.open("circle", "cx", px, "cy", py, "r", 4.5);
            svg.open("title").text(tooltip(p)).close("title").close("circle");
            taken.add(new double[] {px - 5, py - 5, px + 5, py + 5});
        }
        for (Point p : points) {
            double px = clamp(x.map(p.x()), box[0], box[2]);
            double py = clamp(y.map(p.y()), box[1], box[3]);
            placeLabel(svg, p.label(), px, py, box, taken);
        }
        svg.close("g");
    }

    private static void placeLabel(Svg svg, String label, double px, double py, double[] box, List<double[]> taken) {
        double w = Svg.textWidth(label, Frame.TICK_SIZE);
        double h = 12;
        // right, left, above, below, then further right and down
        double[][] tries = {
                {px + 7, py + 4, 0}, {px - 7 - w, py + 4, 0}, {px - w / 2, py - 8, 0}, {px - w / 2, py + 17, 0},
                {px + 7, py + 16, 0}, {px + 7, py - 8, 0}, {px - 7 - w, py + 16, 0}, {px - 7 - w, py - 8, 0}};
        double[] chosen = null;
        for (double[] t : tries) {
            double[] r = {t[0], t[1] - h + 2, t[0] + w, t[1] + 2};
            if (r[0] < box[0] || r[2] > box[2] + 20 || r[1] < box[1] - 14 || r[3] > box[3]) {
                continue;
            }
            if (taken.stream().noneMatch(o -> overlaps(o, r))) {
                chosen = r;
                break;
            }
        }
        if (chosen == null) {
            chosen = new double[] {Math.min(px + 7, box[2] - w), py + 4 - h + 2, Math.min(px + 7, box[2] - w) + w, py + 6};
        }
        taken.add(chosen);
        svg.textElement(label, "x", chosen[0], "y", chosen[3] - 2, "stroke", "#ffffff", "stroke-width", 3,
                "paint-order", "stroke");
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private String tooltip(Point p) {
        return p.label() + ": " + yFormat.format(p.y()) + " (" + xFormat.format(p.x()) + ")";
    }

    /** Builds a {@link FunnelPlot}; not thread-safe, use it once. */
    public static final class Builder extends ChartBuilder<Builder> {
        private String xLabel = "";
        private final List<Point> points = new ArrayList<>();
        private List<LimitSample> limits95 = List.of();
        private List<LimitSample> limits998 = List.of();
        private OptionalDouble target = OptionalDouble.empty();
        private boolean logX;
        private boolean proportion;
        private ValueFormat xFormat = ValueFormat.count();
        private ValueFormat yFormat = ValueFormat.decimal(1);
        private List<String> legendLabels = List.of("总体", "95%控制限", "99.8%控制限", "超出99.8%控制限",
                "低于99.8%控制下限");

        private Builder() {
            super(440);
        }

        /** The denominator's label, under the x axis, such as "常住人口（人）". */
        public Builder xLabel(String xLabel) {
            this.xLabel = Objects.requireNonNull(xLabel, "xLabel");
            return this;
        }

        /** The rate's label, above the y axis, such as "每万人发案数". */
        public Builder yLabel(String yLabel) {
            return setValueLabel(yLabel, "yLabel");
        }

        public Builder point(Point point) {
            return add(this.points, point, "point");
        }

        public Builder points(List<Point> points) {
            return addEach(this.points, points, "point");
        }

        /** The target, drawn as a horizontal line (the overall rate, usually). */
        public Builder target(double target) {
            if (!Double.isFinite(target)) {
                throw new IllegalArgumentException("the target must be finite, got " + target);
            }
            this.target = OptionalDouble.of(target);
            return this;
        }

        /** The 95% limits as samples in any order, drawn dashed. */
        public Builder limits95(List<LimitSample> samples) {
            this.limits95 = List.copyOf(samples);
            return this;
        }

        /** The 99.8% limits as samples in any order, drawn solid; points beyond them are signals. */
        public Builder limits998(List<LimitSample> samples) {
            this.limits998 = List.copyOf(samples);
            return this;
        }

        /** A log<sub>10</sub> x axis, for denominators spanning orders of magnitude; linear by default. */
        public Builder logX(boolean logX) {
            this.logX = logX;
            return this;
        }

        /** Says y is a proportion: written as percentages with one decimal and kept within 0 … 100%. */
        public Builder proportion() {
            this.proportion = true;
            this.yFormat = ValueFormat.percent(1);
            return this;
        }

        /** How y values are written in tooltips; ticks use as many decimals as their step needs. */
        public Builder yFormat(ValueFormat yFormat) {
            this.yFormat = Objects.requireNonNull(yFormat, "yFormat");
            return this;
        }

        /** How denominators are written; whole numbers with ',' by default. */
        public Builder xFormat(ValueFormat xFormat) {
            this.xFormat = Objects.requireNonNull(xFormat, "xFormat");
            return this;
        }

        /** Legend texts for the target, the 95% limits, the 99.8% limits and the signals (Chinese by default). */
        public Builder legend(String target, String limits95, String limits998, String signal) {
            return legend(target, limits95, limits998, signal, legendLabels.get(4));
        }

        /**
         * Legend texts for the centre line, the 95% limits, the 99.8% limits, the signals and the
         * outliers on the better side ({@link Point#better()}); an entry shows only when drawn.
         */
        public Builder legend(String target, String limits95, String limits998, String signal, String better) {
            this.legendLabels = List.of(Objects.requireNonNull(target, "target"),
                    Objects.requireNonNull(limits95, "limits95"), Objects.requireNonNull(limits998, "limits998"),
                    Objects.requireNonNull(signal, "signal"), Objects.requireNonNull(better, "better"));
            return this;
        }

        /** The size in pixels, at least 200 × 150. */
        public Builder size(int width, int height) {
            return checkedSize(width, height);
        }

        /**
         * The plot.
         *
         * @throws IllegalArgumentException when the x axis is logarithmic and a denominator is not positive
         */
        public FunnelPlot build() {
            return new FunnelPlot(this);
        }
    }
}
