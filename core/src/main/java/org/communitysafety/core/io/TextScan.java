package org.communitysafety.core.io;

/**
 * The character scanning the cell parsers share ({@link FieldValues}, {@link DateTexts}):
 * whitespace as they trim it (U+3000 and no-break spaces too) and ASCII digits. Stateless;
 * package-private.
 */
final class TextScan {
    private TextScan() {}

    static boolean isSpace(char c) {
        return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static int start(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int end(String text, int start) {
        int e = text.length();
        while (e > start && isSpace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The end of the run of digits starting at {@code i}. */
    static int digitRun(String text, int i, int e) {
        while (i < e && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean digits(String text, int from, int to) {
        return digitRun(text, from, to) == to;
    }

    static int number(String text, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (text.charAt(i) - '0');
        }
        return v;
    }
}
