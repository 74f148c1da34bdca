package org.communitysafety.indicators.phrasing;

/**
 * The commas and brackets a Chinese sentence is written with. Published reports mix the two
 * (the domain notes have "受理矛盾纠纷45225宗,成功调解44319宗" and full-width commas elsewhere);
 * a document should not, so the choice is made once per {@link Phrasing}. English text always uses
 * ASCII punctuation.
 */
public enum Punctuation {
    /** "，" and "（）", as GB/T 15834 prescribes for Chinese text — the default. */
    FULL_WIDTH("，", "（", "）"),
    /** "," and "()", as in many reports typed on Western keyboards and in the examples. */
    ASCII(",", "(", ")");

    private final String comma;
    private final String open;
    private final String close;

    Punctuation(String comma, String open, String close) {
        this.comma = comma;
        this.open = open;
        this.close = close;
    }

    /** The comma: "，" or ",". */
    public String comma() {
        return comma;
    }

    /** The opening bracket: "（" or "(". */
    public String open() {
        return open;
    }

    /** The closing bracket: "）" or ")". */
    public String close() {
        return close;
    }

    /** {@code text} in brackets. */
    String bracket(String text) {
        return open + text + close;
    }
}
