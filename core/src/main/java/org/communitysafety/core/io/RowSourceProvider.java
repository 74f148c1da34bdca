package org.communitysafety.core.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Opens the files of one format other than CSV as {@link RowSource}s, so that
 * {@link DatasetReader} reads a data directory's {@code incidents.jsonl} as it reads
 * {@code incidents.csv} without depending on the package (and the optional library) that
 * parses that format.
 *
 * <p>Providers are found with {@link java.util.ServiceLoader}: a provider names itself in
 * {@code META-INF/services/org.communitysafety.core.io.RowSourceProvider}. The library registers
 * {@code org.communitysafety.core.io.json.JsonLinesProvider} ({@code .jsonl}, Jackson) that way.
 * A provider must load without its library: it says in {@link #unavailable()} what is missing,
 * and the reader turns that into a {@link Problem} for the file instead of a
 * {@code NoClassDefFoundError}. CSV is built in: a provider for {@code csv} is ignored, and so
 * is a second provider for an extension already taken (the first one listed wins).
 *
 * <p>Implementations are stateless and thread-safe; {@link #open} returns a new source each time.
 */
public interface RowSourceProvider {
    /** The file name extension of the format, without the dot and in lower case: {@code jsonl}. */
    String extension();

    /**
     * Whether files of this format are text in a charset (JSON Lines) rather than binary (a
     * workbook, whose XML names its own encoding): only text files have their encoding detected
     * when the options ask for it, and named in a note.
     */
    default boolean textual() {
        return true;
    }

    /**
     * Why files of this format cannot be read in this JVM, when they cannot — a library missing
     * from the class path, for example — or empty when they can.
     */
    Optional<String> unavailable();

    /**
     * Opens {@code file} as rows.
     *
     * @param columns the schema's column names in order, for formats whose rows do not carry a header
     * @throws IOException when the file cannot be opened; the message is shown to the user
     */
    RowSource open(Path file, Charset charset, List<String> columns) throws IOException;

    /**
     * Opens {@code file} as rows whose columns may also be named by other names, such as the
     * Chinese headings of an export ({@code 所属单位 → unit}), for formats whose rows name their
     * columns. By default the other names are not accepted.
     *
     * @param aliases other names, each to the column (one of {@code columns}) it names
     * @throws IOException when the file cannot be opened; the message is shown to the user
     */
    default RowSource open(Path file, Charset charset, List<String> columns, java.util.Map<String, String> aliases)
            throws IOException {
        return open(file, charset, columns);
    }

    /**
     * The tables of a file that holds several — the sheets of a workbook — in the file's order,
     * so that one file may hold several kinds of record, each in a part named after its kind
     * ({@code 警情}, {@code incidents}) or named by a {@link MappingProfile}. Empty, by default,
     * for a format of one table a file.
     *
     * @throws IOException when the file cannot be opened; the message is shown to the user
     */
    default List<String> parts(Path file) throws IOException {
        return List.of();
    }

    /**
     * Opens the table {@code part} (one of {@link #parts}) of {@code file} as rows; closing the
     * rows closes whatever was opened for them. By default a file has no parts.
     *
     * @throws IOException when the file or the part cannot be opened; the message is shown to the user
     */
    default RowSource open(Path file, String part, Charset charset, List<String> columns,
            java.util.Map<String, String> aliases) throws IOException {
        throw new IOException(file.getFileName() + " holds one table; it has no part " + part);
    }
}
