package org.communitysafety.core.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * The text data that sits beside the code: {@code .properties} files in UTF-8, read from the
 * class path next to a class, and their {@code a | b | c} lists. Stateless and thread-safe.
 */
public final class Resources {
    private Resources() {}

    /**
     * The properties of {@code name} in the package of {@code anchor}, read as UTF-8.
     *
     * @throws IllegalStateException if there is no such file (a packaging error)
     */
    public static Properties properties(Class<?> anchor, String name) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(name, "name");
        String file = anchor.getPackageName().replace('.', '/') + "/" + name;
        Properties lines = new Properties();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing");
            }
            lines.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
        return lines;
    }

    /** The parts of {@code a | b | c}, stripped, in order: {@code [a, b, c]}; blank parts kept as "". */
    public static List<String> parts(String line) {
        List<String> parts = new ArrayList<>();
        for (String p : Objects.requireNonNull(line, "line").split("\\|", -1)) {
            parts.add(p.strip());
        }
        return parts;
    }
}
