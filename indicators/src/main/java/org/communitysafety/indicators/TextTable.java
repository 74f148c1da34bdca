package org.communitysafety.indicators;

import java.util.List;
import org.communitysafety.core.lang.DisplayWidth;

/** Plain-text tables for JShell, aligned by display width (a CJK character is two columns wide). */
final class TextTable {

    private TextTable() {}

    /** Renders the rows, the first being the header, with two spaces between columns. */
    static String render(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], DisplayWidth.of(r[c]));
            }
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                line.append(r[c]);
                if (c < columns - 1) {
                    line.append(" ".repeat(width[c] - DisplayWidth.of(r[c]) + 2));
                }
            }
            s.append(line.toString().stripTrailing()).append('\n');
            if (i == 0) {
                int total = 0;
                for (int w : width) {
                    total += w + 2;
                }
                s.append("-".repeat(Math.max(0, total - 2))).append('\n');
            }
        }
        return s.toString();
    }
}
