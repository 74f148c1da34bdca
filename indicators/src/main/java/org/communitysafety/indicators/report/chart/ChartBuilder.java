package org.communitysafety.indicators.report.chart;

import java.util.List;
import java.util.Objects;

/**
 * What every chart's builder sets alike: the title, the label of the value axis (written above
 * the plot), the note shown when there is nothing to draw, the size in pixels, and how items are added. Each chart's {@code Builder} extends it and adds what the chart
 * draws. Not thread-safe; use a builder once.
 *
 * @param <B> the chart's own builder, which every setter returns for chaining
 */
abstract class ChartBuilder<B extends ChartBuilder<B>> {
    String title = "";
    String valueLabel = "";
    String noDataNote = "无数据";
    int width = 720;
    int height;

    ChartBuilder(int height) {
        this.height = height;
    }

    /** The title above the chart; none by default. */
    public B title(String title) {
        this.title = Objects.requireNonNull(title, "title");
        return self();
    }

    /** The note shown when there is nothing to draw; "无数据" by default. */
    public B noDataNote(String note) {
        this.noDataNote = Objects.requireNonNull(note, "note");
        return self();
    }

    /** Sets the label of the value axis; {@code name} is the public setter's, for the message. */
    B setValueLabel(String label, String name) {
        this.valueLabel = Objects.requireNonNull(label, name);
        return self();
    }

    /** Adds {@code item} to what the chart draws, {@code name} (the public setter's) in the message if it is null. */
    <T> B add(List<T> items, T item, String name) {
        items.add(Objects.requireNonNull(item, name));
        return self();
    }

    /** Adds each of {@code more}, in order, as {@link #add} does. */
    <T> B addEach(List<T> items, List<? extends T> more, String name) {
        more.forEach(item -> add(items, item, name));
        return self();
    }

    /** Sets the size in pixels, at least 200 × 150; for the charts whose caller chooses both. */
    B checkedSize(int width, int height) {
        if (width < 200 || height < 150) {
            throw new IllegalArgumentException("a chart must be at least 200 × 150 pixels, got "
                    + width + " × " + height);
        }
        this.width = width;
        this.height = height;
        return self();
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
