package org.communitysafety.core.lang;

import java.util.Locale;

/**
 * Text from the data made safe to show: control characters written out as {@code \u001B}, so
 * that a value holding an escape sequence (an ESC ] 0; … BEL that retitles the terminal, say) is
 * shown, not obeyed, by a terminal or a viewer.
 */
public final class ControlCharacters {
    private ControlCharacters() {}

    /**
     * {@code text} with each control character written as {@code \u001B}: the C0 controls
     * (tab, line feed and carriage return too unless {@code keepLineBreaks}), DEL and the C1
     * controls U+0080–U+009F. The same string when it has none. A backslash is left as it is, so
     * {@code \u001B} in the data reads back as itself: the one ambiguity.
     *
     * @param keepLineBreaks whether tab, LF and CR stay as they are: true for a CSV cell, where
     *     they are ordinary text in a quoted field; false for a line on a terminal
     */
    public static String visible(String text, boolean keepLineBreaks) {
        StringBuilder v = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && !(keepLineBreaks && (c == '\t' || c == '\n' || c == '\r')))
                    || (c >= 0x7F && c <= 0x9F);
            if (control && v == null) {
                v = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (v != null) {
                if (control) {
                    v.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                } else {
                    v.append(c);
                }
            }
        }
        return v == null ? text : v.toString();
    }
}
