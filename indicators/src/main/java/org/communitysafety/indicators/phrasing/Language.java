package org.communitysafety.indicators.phrasing;

import java.util.Locale;

/**
 * The language a {@link Phrasing} and a report write in. Each language has its wording in
 * resource bundles ({@link Wording}); its {@link #locale()} picks the bundle file.
 */
public enum Language {
    /** Simplified Chinese, as bureaus' reports are written: "同比下降39.3%", "4.5万余宗". */
    ZH(Locale.forLanguageTag("zh")),
    /** English: "down 39.3% on the same period last year", "over 45,000 disputes". */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale whose bundle files hold this language's wording: {@code zh}, {@code en}. */
    public Locale locale() {
        return locale;
    }
}
