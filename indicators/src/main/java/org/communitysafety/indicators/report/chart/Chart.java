package org.communitysafety.indicators.report.chart;

/**
 * What every chart keeps from its builder — the title, the value axis's label, the note shown
 * when there is nothing to draw, and the width in pixels — and what it does: render itself as
 * SVG. Immutable and thread-safe.
 */
abstract class Chart {
    final String title;
    final String valueLabel;
    final String noDataNote;
    final int width;

    Chart(ChartBuilder<?> b) {
        this.title = b.title;
        this.valueLabel = b.valueLabel;
        this.noDataNote = b.noDataNote;
        this.width = b.width;
    }

    /** Renders the chart as a standalone SVG element, the same bytes for the same spec on any machine. */
    public abstract String toSvg();
}
