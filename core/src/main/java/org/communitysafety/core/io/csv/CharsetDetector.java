package org.communitysafety.core.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Chooses the encoding of a text file from its first {@value #PREFIX} bytes, for
 * {@code --encoding auto}. The rule, first match wins:
 *
 * <ol>
 *   <li>a byte-order mark: {@code EF BB BF} is UTF-8, {@code FF FE} UTF-16LE, {@code FE FF}
 *       UTF-16BE (decoded with {@link StandardCharsets#UTF_16}, which drops the mark);</li>
 *   <li>bytes that are valid UTF-8 are UTF-8 (pure ASCII included);</li>
 *   <li>bytes that are valid GB18030 (and so not valid UTF-8) are GB18030, the superset of GBK
 *       and GB2312;</li>
 *   <li>otherwise UTF-8, whose decoding errors are then reported row by row.</li>
 * </ol>
 * A multi-byte sequence cut off by the end of the prefix does not count against an encoding.
 * The prefix is one extra read of at most 64 KiB per file, only when detection is asked for.
 *
 * <p>Stateless and thread-safe.
 */
public final class CharsetDetector {
    /** How many bytes at the start of a file decide its encoding. */
    public static final int PREFIX = 64 * 1024;

    /**
     * What detection chose.
     *
     * @param charset the charset to decode the file in
     * @param name    what to call it, e.g. {@code UTF-16LE} where the charset is UTF-16
     * @param how     how it was chosen: {@code detected}, {@code byte-order mark} or, for the
     *                fallback to UTF-8, {@code neither valid UTF-8 nor GB18030 in the first 64 KiB}
     */
    public record Detection(Charset charset, String name, String how) {
        public Detection {
            Objects.requireNonNull(charset, "charset");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(how, "how");
        }

        /** E.g. {@code read as GB18030 (detected)}. */
        @Override
        public String toString() {
            return "read as " + name + " (" + how + ")";
        }
    }

    private CharsetDetector() {}

    /** Detects the encoding of {@code file} from its first {@value #PREFIX} bytes. */
    public static Detection detect(Path file) throws IOException {
        byte[] prefix = new byte[PREFIX];
        int n = 0;
        boolean whole;
        try (InputStream in = Files.newInputStream(file)) {
            int r;
            while (n < PREFIX && (r = in.read(prefix, n, PREFIX - n)) > 0) {
                n += r;
            }
            whole = n < PREFIX || in.read() < 0;
        }
        return detect(prefix, n, whole);
    }

    /**
     * Detects the encoding of text that starts with {@code bytes[0, length)}; {@code whole} says
     * whether that is all of it, so that a sequence cut off at the end is an error.
     */
    public static Detection detect(byte[] bytes, int length, boolean whole) {
        Objects.checkFromIndexSize(0, length, bytes.length);
        if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Detection(StandardCharsets.UTF_8, "UTF-8", "byte-order mark");
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Detection(StandardCharsets.UTF_16, "UTF-16LE", "byte-order mark");
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Detection(StandardCharsets.UTF_16, "UTF-16BE", "byte-order mark");
        }
        if (isValid(StandardCharsets.UTF_8, bytes, length, whole)) {
            return new Detection(StandardCharsets.UTF_8, "UTF-8", "detected");
        }
        Charset gb18030 = Charset.forName("GB18030");
        if (isValid(gb18030, bytes, length, whole)) {
            return new Detection(gb18030, "GB18030", "detected");
        }
        return new Detection(StandardCharsets.UTF_8, "UTF-8", "neither valid UTF-8 nor GB18030 in the first 64 KiB");
    }

    private static boolean isValid(Charset charset, byte[] bytes, int length, boolean whole) {
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(length + 1);
        return !decoder.decode(ByteBuffer.wrap(bytes, 0, length), out, whole).isError()
                && (!whole || !decoder.flush(out).isError());
    }
}
