package org.communitysafety.core.io.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the CSV tests. */
final class CsvTestSupport {
    private CsvTestSupport() {}

    /** A record as the tests compare it: its line and its fields. */
    record Rec(long line, List<String> fields) {
        static Rec of(long line, String... fields) {
            return new Rec(line, List.of(fields));
        }
    }

    /** A reader that hands out at most {@code chunk} chars per read, to cross buffer edges. */
    static Reader chunked(String text, int chunk) {
        return new Reader() {
            private final StringReader in = new StringReader(text);

            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                return in.read(cbuf, off, Math.min(len, chunk));
            }

            @Override
            public void close() {
                in.close();
            }
        };
    }

    /** A stream that hands out at most {@code chunk} bytes per read. */
    static InputStream chunked(InputStream in, int chunk) {
        return new FilterInputStream(in) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, chunk));
            }

            @Override
            public int available() {
                return 0;
            }
        };
    }

    static List<Rec> parseAll(CsvParser parser) throws IOException {
        List<Rec> out = new ArrayList<>();
        CsvRow row = new CsvRow();
        while (parser.next(row)) {
            out.add(new Rec(row.line(), row.toList()));
        }
        return out;
    }

    static List<Rec> parse(String text, int chunk) throws IOException {
        try (CsvParser parser = CsvParser.of(chunked(text, chunk), "test.csv")) {
            return parseAll(parser);
        }
    }
}
