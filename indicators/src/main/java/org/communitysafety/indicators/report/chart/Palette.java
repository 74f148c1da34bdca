package org.communitysafety.indicators.report.chart;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Colours for charts: the Okabe–Ito palette, distinguishable with the common forms of colour
 * blindness (Okabe and Ito, "Color Universal Design", 2008; Wong, Nature Methods 8:441, 2011),
 * ordered for lines on white — yellow, which is faint on white, comes last.
 *
 * <p>Immutable and thread-safe (constants only).
 */
public final class Palette {
    /** Vermilion, for signals on the worse side: funnel-plot outliers above the limits, bars to notice. */
    public static final String SIGNAL = "#D55E00";
    /**
     * Bluish green, for outliers on the better side (a crime rate below the lower limit): a fall
     * in crime is not an alarm, so it is not drawn in {@link #SIGNAL}'s colour.
     */
    public static final String BETTER = "#009E73";
    /** Grey, for points and bars within their limits. */
    public static final String MUTED = "#9A9A9A";
    /** Blue, the default bar colour. */
    public static final String PRIMARY = "#0072B2";
    /** Dark grey for axes, reference lines and text. */
    public static final String INK = "#333333";

    /** Series colours in order: blue, vermillion, bluish green, orange, reddish purple, sky blue, black, yellow. */
    public static final List<String> OKABE_ITO = List.of(
            "#0072B2", "#D55E00", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#000000", "#F0E442");

    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    private Palette() {}

    /** The colour for series {@code index}, cycling through {@link #OKABE_ITO}. */
    public static String series(int index) {
        return OKABE_ITO.get(Math.floorMod(index, OKABE_ITO.size()));
    }

    /** Checks that {@code colour} is {@code #RRGGBB}, so nothing else reaches the SVG. */
    static String checkColour(String colour) {
        Objects.requireNonNull(colour, "colour");
        if (!HEX.matcher(colour).matches()) {
            throw new IllegalArgumentException("a colour must be #RRGGBB, got \"" + colour + "\"");
        }
        return colour;
    }
}
