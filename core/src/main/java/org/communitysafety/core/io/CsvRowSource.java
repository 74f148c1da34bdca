package org.communitysafety.core.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.communitysafety.core.io.csv.CsvFormatException;
import org.communitysafety.core.io.csv.CsvParser;
import org.communitysafety.core.io.csv.CsvRow;
import org.communitysafety.core.io.csv.DecodingReader;

/**
 * A {@link RowSource} over a CSV file whose first record is the header. Package-private.
 *
 * <p>A decoding error whose bytes look like GBK/GB18030 ({@link CsvParser#encodingHint()}) ends
 * the file: it is thrown once as a {@link RowSourceException} naming the line and byte, from
 * {@link #header()} or {@link #next()}, and no further row is read, instead of one error a row.
 */
final class CsvRowSource implements RowSource {

    private final CsvParser parser;
    private final CsvRow row = new CsvRow();
    private String error;
    private long line;
    private boolean broken;
    /** Whether reading stopped at bytes in another encoding. */
    private boolean stopped;
    private long headerLine = 1;

    private CsvRowSource(CsvParser parser) {
        this.parser = parser;
    }

    static CsvRowSource open(Path file, Charset charset) throws IOException {
        return new CsvRowSource(CsvParser.open(file, charset));
    }

    @Override
    public Optional<List<String>> header() throws IOException {
        boolean any;
        try {
            any = parser.next(row);
        } catch (CsvFormatException e) {
            throw new RowSourceException(e.recordLine(), "the header row is malformed: " + e.reason());
        }
        if (!any) {
            return Optional.empty();
        }
        headerLine = row.line();
        if (row.hasDecodingError()) {
            stopped = parser.encodingHint() != null;
            throw new RowSourceException(row.line(), encodingReason());
        }
        return Optional.of(row.toList());
    }

    /** The header's line: 2 when the file starts with a blank line, which the parser skips. */
    @Override
    public long headerLine() {
        return headerLine;
    }

    @Override
    public boolean next() throws IOException {
        if (stopped) {
            return false;
        }
        try {
            if (!parser.next(row)) {
                return false;
            }
            line = row.line();
            broken = false;
            error = row.hasDecodingError() ? encodingReason() : null;
            if (error != null && parser.encodingHint() != null) {
                stopped = true;
                throw new RowSourceException(line, error);
            }
        } catch (CsvFormatException e) {
            line = e.recordLine();
            error = e.reason();
            broken = true;
        }
        return true;
    }

    private String encodingReason() {
        String hint = parser.encodingHint();
        return row.decodingError() + (hint == null ? "" : "; " + hint + "; " + DecodingReader.NOT_READ_FROM_HERE);
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public List<String> fields() {
        return broken ? List.of() : row.toList();
    }

    @Override
    public String field(int index) {
        return row.field(index);
    }

    @Override
    public int fieldCount() {
        return broken ? 0 : row.fieldCount();
    }

    @Override
    public Optional<String> rowError() {
        return Optional.ofNullable(error);
    }

    @Override
    public long bytesRead() {
        return parser.bytesRead();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
