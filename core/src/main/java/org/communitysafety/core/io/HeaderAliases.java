package org.communitysafety.core.io;

import java.util.List;
import java.util.Properties;
import org.communitysafety.core.lang.Resources;

/**
 * The other names of columns, read once from {@code headers.properties} beside this class: one
 * line a column, {@code incidents.unit = 所属单位 | 管辖单位 | …} (UTF-8). The names are data,
 * not code, so that a new export's headings are a line in a file. Immutable; package-private.
 */
final class HeaderAliases {
    static final String FILE = "org/communitysafety/core/io/headers.properties";
    private static final Properties LINES = Resources.properties(HeaderAliases.class, "headers.properties");

    private HeaderAliases() {}

    /** The aliases of {@code column} in the files named {@code base}, as written; empty when it has none. */
    static List<String> of(String base, String column) {
        String line = LINES.getProperty(base + "." + column);
        if (line == null) {
            return List.of();
        }
        List<String> names = Resources.parts(line);
        if (names.contains("")) {
            throw new IllegalStateException(FILE + ": " + base + "." + column + " has an empty name");
        }
        return List.copyOf(names);
    }

    /** The keys of the file, {@code incidents.unit} …, to check that each names a column. */
    static List<String> keys() {
        return LINES.stringPropertyNames().stream().sorted().toList();
    }
}
