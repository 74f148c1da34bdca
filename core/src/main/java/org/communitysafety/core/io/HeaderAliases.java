package org.communitysafety.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The other names of columns, read once from {@code headers.properties} beside this class: one
 * line a column, {@code incidents.unit = 所属单位 | 管辖单位 | …} (UTF-8). The names are data,
 * not code, so that a new export's headings are a line in a file. Immutable; package-private.
 */
final class HeaderAliases {
    static final String FILE = "org/communitysafety/core/io/headers.properties";
    private static final Properties LINES = load();

    private HeaderAliases() {}

    /** The aliases of {@code column} in the files named {@code base}, as written; empty when it has none. */
    static List<String> of(String base, String column) {
        String line = LINES.getProperty(base + "." + column);
        List<String> names = new ArrayList<>();
        if (line != null) {
            for (String n : line.split("\\|", -1)) {
                if (n.isBlank()) {
                    throw new IllegalStateException(FILE + ": " + base + "." + column + " has an empty name");
                }
                names.add(n.strip());
            }
        }
        return names;
    }

    /** The keys of the file, {@code incidents.unit} …, to check that each names a column. */
    static List<String> keys() {
        return LINES.stringPropertyNames().stream().sorted().toList();
    }

    private static Properties load() {
        Properties lines = new Properties();
        try (InputStream in = HeaderAliases.class.getResourceAsStream("headers.properties")) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            lines.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(FILE, e);
        }
        return lines;
    }
}
