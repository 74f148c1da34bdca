package org.communitysafety.core.io.json;

import java.nio.file.Path;
import org.communitysafety.core.io.DatasetReader;
import org.communitysafety.core.io.ReadOptions;
import org.communitysafety.core.io.ReadResult;

/**
 * Reading a data directory of JSON Lines files — a convenience: {@link DatasetReader} picks up
 * {@code .jsonl} files by itself. For each kind of file it reads {@code incidents.csv} or, when
 * there is no CSV file, {@code incidents.jsonl}, so a directory may mix the two formats. The
 * columns, rules and problem messages are the same; problems name the {@code .jsonl} file and
 * its physical line.
 *
 * <pre>{@code
 * Dataset data = JsonLines.read(Path.of("data")).orThrow();
 * JsonLinesWriter.write(data, Path.of("copy"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonLines {
    private JsonLines() {}

    /** {@link DatasetReader#read(Path)}: reads {@code dir} strictly, as UTF-8. */
    public static ReadResult read(Path dir) {
        return DatasetReader.read(dir);
    }

    /** {@link DatasetReader#read(Path, ReadOptions)}: reads {@code dir} with the given options. */
    public static ReadResult read(Path dir, ReadOptions options) {
        return DatasetReader.read(dir, options);
    }
}
