package org.communitysafety.excel;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names for a workbook's sheets as Excel requires them: at most 31 characters, none of
 * {@code [ ] : * ? / \}, not starting or ending with an apostrophe, not blank, and unique without
 * regard to case ({@code 一、治安形势}, then {@code 一、治安形势 (2)} for a second of that name).
 * Not thread-safe: one per workbook.
 */
final class SheetNames {
    static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    /** A new, unique, valid name made from {@code wanted}; {@code fallback} if nothing of it is usable. */
    String next(String wanted, String fallback) {
        String base = clean(wanted);
        if (base.isEmpty()) {
            base = clean(fallback);
        }
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        return name;
    }

    /** {@code text} with the forbidden characters replaced by {@code _}, trimmed, cut to 31 characters. */
    static String clean(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(cp -> b.appendCodePoint("[]:*?/\\".indexOf(cp) >= 0 || Character.isISOControl(cp)
                ? '_' : cp));
        String s = b.toString().strip();
        while (s.startsWith("'")) {
            s = s.substring(1);
        }
        s = cut(s, MAX_LENGTH).strip();
        while (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** At most {@code max} chars of {@code s}, not splitting a surrogate pair. */
    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }
}
