package org.communitysafety.indicators;

import java.util.Locale;
import java.util.function.Supplier;

/** Runs work under another default locale, for the tests that show our texts do not depend on it. */
public final class DefaultLocale {

    private DefaultLocale() {
    }

    /** What {@code work} returns with {@code locale} as the default, which is restored after. */
    public static <T> T under(Locale locale, Supplier<T> work) {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            return work.get();
        } finally {
            Locale.setDefault(before);
        }
    }
}
