package org.communitysafety.core.io.json;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.communitysafety.core.io.RowSource;
import org.communitysafety.core.io.RowSourceProvider;

/**
 * Registers JSON Lines ({@code .jsonl}) with {@link org.communitysafety.core.io.DatasetReader}
 * through {@code META-INF/services}. This class loads without Jackson; only {@link #open} touches
 * {@link JsonLinesRowSource}, and it does not when {@link #unavailable()} says Jackson is missing.
 * Stateless and thread-safe.
 */
public final class JsonLinesProvider implements RowSourceProvider {
    /** The class whose absence means Jackson is not on the class path; its internal name, as the JVM names missing classes. */
    private static final String JACKSON = "com/fasterxml/jackson/core/JsonFactory";

    /** For {@link java.util.ServiceLoader}. */
    public JsonLinesProvider() {}

    @Override
    public String extension() {
        return "jsonl";
    }

    @Override
    public Optional<String> unavailable() {
        return UNAVAILABLE;
    }

    /** Whether Jackson is on the class path cannot change while the JVM runs: looked up once. */
    private static final Optional<String> UNAVAILABLE = lookUpJackson();

    private static Optional<String> lookUpJackson() {
        try {
            Class.forName(JACKSON.replace('/', '.'), false, JsonLinesProvider.class.getClassLoader());
            return Optional.empty();
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.of("reading JSON Lines needs jackson-databind on the class path (" + JACKSON
                    + " is missing)");
        }
    }

    @Override
    public RowSource open(Path file, Charset charset, List<String> columns) throws IOException {
        return open(file, charset, columns, java.util.Map.of());
    }

    /** Opens {@code file}; its keys may also be the given other names of columns. */
    @Override
    public RowSource open(Path file, Charset charset, List<String> columns, java.util.Map<String, String> aliases)
            throws IOException {
        Optional<String> missing = unavailable();
        if (missing.isPresent()) {
            throw new IOException(missing.get());
        }
        return JsonLinesRowSource.open(file, charset, columns, aliases);
    }
}
