package org.communitysafety.core.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A {@link Reader} that decodes bytes in a charset and <em>records</em> every malformed or
 * unmappable byte sequence instead of silently turning it into mojibake.
 *
 * <p>Each bad sequence is replaced by one U+FFFD ({@code '\uFFFD'}) and decoding goes on, so a
 * caller can still count and check the rest of the input. For each bad sequence the reader
 * remembers the 0-based byte offset from the start of the stream, the bytes found there and
 * the position of its U+FFFD in the decoded text. {@link CsvParser} uses these to flag the
 * record in which each error occurs ({@link CsvRow#hasDecodingError()}); other callers can
 * use {@link #errorCount()} and {@link #firstError()}.
 *
 * <p>Messages read {@code not valid UTF-8 at byte 1234 (bytes C4 E3)}: the charset's
 * canonical name, the byte offset, and the bad bytes followed by the next byte if the
 * sequence is shorter than two bytes, which makes GBK text (two bytes per Chinese character)
 * easy to recognise. When the first error occurs the reader also runs {@link
 * #looksLikeGb18030(byte[], int, int)} over the bytes it holds (up to 64 KiB around the error)
 * unless the charset already is a GB charset; {@link #looksLikeGb18030()} reports the result.
 *
 * <p>Reads 64 KiB of bytes at a time; wrap nothing around the stream. Not thread-safe.
 */
public final class DecodingReader extends Reader {
    /** Hint text for input that looks like GBK/GB18030 but was read in another charset. */
    public static final String GB18030_HINT = "the file looks like GBK/GB18030: read it with encoding gbk";

    /**
     * Appended after {@link #GB18030_HINT} by a row source that stops reading there, so that a
     * file in the wrong encoding gives one error instead of one a row.
     */
    public static final String NOT_READ_FROM_HERE = "the file was not read from this line on";

    private static final int BYTE_BUFFER_SIZE = 64 * 1024;

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final byte[] bytes = new byte[BYTE_BUFFER_SIZE];
    private final ByteBuffer byteBuffer = ByteBuffer.wrap(bytes);
    /** Absolute stream offset of {@code bytes[0]}. */
    private long bytesBase;
    /** Number of chars returned by read() so far. */
    private long charsDelivered;
    private boolean endOfInput;
    private boolean decodedAll;
    private boolean flushed;
    private boolean replacementPending;
    private boolean closed;

    // Pending errors, a queue in parallel primitive arrays: [errorHead, errorTail).
    private long[] errorCharPosition = new long[16];
    private long[] errorByteOffset = new long[16];
    private int[] errorBytes = new int[16]; // up to 4 bytes, big-endian packed
    private byte[] errorByteCount = new byte[16];
    private int errorHead;
    private int errorTail;
    private long errorCount;
    private String firstError;
    private boolean looksLikeGb18030;

    /**
     * Decodes {@code in} in {@code charset}. The reader owns the stream and closes it in
     * {@link #close()}.
     */
    public DecodingReader(InputStream in, Charset charset) {
        this.in = Objects.requireNonNull(in, "in");
        this.charset = Objects.requireNonNull(charset, "charset");
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byteBuffer.limit(0);
    }

    /** The charset the bytes are decoded in. */
    public Charset charset() {
        return charset;
    }

    /** The bytes taken from the input so far; read by other threads for progress, hence volatile. */
    private volatile long bytesIn;

    /** The bytes taken from the input so far (the decoder reads ahead in blocks). */
    public long bytesRead() {
        return bytesIn;
    }

    /** How many malformed or unmappable byte sequences have been found so far. */
    public long errorCount() {
        return errorCount;
    }

    /**
     * The message of the first decoding error, e.g. {@code not valid UTF-8 at byte 1234
     * (bytes C4 E3)}, or {@code null} if there has been none so far.
     */
    public String firstError() {
        return firstError;
    }

    /**
     * Whether, at the first decoding error, the bytes around it looked like GBK/GB18030 text;
     * always false before the first error and when the charset itself is GBK, GB2312 or
     * GB18030. When true, callers can add {@link #GB18030_HINT} to their message.
     */
    public boolean looksLikeGb18030() {
        return looksLikeGb18030;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, cbuf.length);
        if (closed) {
            throw new IOException("the reader is closed");
        }
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.hasRemaining()) {
            if (replacementPending) {
                out.put('\uFFFD');
                replacementPending = false;
                continue;
            }
            if (flushed) {
                break;
            }
            if (decodedAll) {
                if (decoder.flush(out).isOverflow()) {
                    break;
                }
                flushed = true;
                continue;
            }
            CoderResult result = decoder.decode(byteBuffer, out, endOfInput);
            if (result.isUnderflow()) {
                if (endOfInput) {
                    decodedAll = true;
                } else if (out.position() > off && !moreBytesReady()) {
                    break; // return what we have rather than block
                } else {
                    fill();
                }
            } else if (result.isOverflow()) {
                break;
            } else {
                // show at least two bytes when the input has them, however the reads fall
                while (!endOfInput && byteBuffer.remaining() < Math.min(Math.max(result.length(), 2), 4)) {
                    fill();
                }
                recordError(result.length(), charsDelivered + (out.position() - off));
                byteBuffer.position(byteBuffer.position() + result.length());
                replacementPending = true;
            }
        }
        int n = out.position() - off;
        if (n == 0 && flushed && !replacementPending) {
            return -1;
        }
        charsDelivered += n;
        return n;
    }

    private boolean moreBytesReady() throws IOException {
        return in.available() > 0;
    }

    private void fill() throws IOException {
        int remaining = byteBuffer.remaining();
        int start = byteBuffer.position();
        if (start > 0) {
            System.arraycopy(bytes, start, bytes, 0, remaining);
            bytesBase += start;
        }
        int n;
        do {
            n = in.read(bytes, remaining, bytes.length - remaining);
        } while (n == 0);
        if (n < 0) {
            endOfInput = true;
            byteBuffer.limit(remaining).position(0);
        } else {
            bytesIn += n;   // one writer: the thread that decodes
            byteBuffer.limit(remaining + n).position(0);
        }
    }

    private void recordError(int length, long charPosition) {
        int at = byteBuffer.position();
        long offset = bytesBase + at;
        int shown = Math.min(Math.max(length, 2), 4);
        shown = Math.min(shown, byteBuffer.limit() - at);
        int packed = 0;
        for (int i = 0; i < shown; i++) {
            packed = (packed << 8) | (bytes[at + i] & 0xFF);
        }
        if (errorCount == 0) {
            firstError = message(charset, offset, packed, shown);
            if (!isGbCharset(charset)) {
                looksLikeGb18030 = looksLikeGb18030(bytes, 0, byteBuffer.limit());
            }
        }
        errorCount++;
        if (errorTail == errorCharPosition.length) {
            if (errorHead > 0) {
                int live = errorTail - errorHead;
                System.arraycopy(errorCharPosition, errorHead, errorCharPosition, 0, live);
                System.arraycopy(errorByteOffset, errorHead, errorByteOffset, 0, live);
                System.arraycopy(errorBytes, errorHead, errorBytes, 0, live);
                System.arraycopy(errorByteCount, errorHead, errorByteCount, 0, live);
                errorHead = 0;
                errorTail = live;
            }
            if (errorTail == errorCharPosition.length) {
                int size = errorCharPosition.length * 2;
                errorCharPosition = Arrays.copyOf(errorCharPosition, size);
                errorByteOffset = Arrays.copyOf(errorByteOffset, size);
                errorBytes = Arrays.copyOf(errorBytes, size);
                errorByteCount = Arrays.copyOf(errorByteCount, size);
            }
        }
        errorCharPosition[errorTail] = charPosition;
        errorByteOffset[errorTail] = offset;
        errorBytes[errorTail] = packed;
        errorByteCount[errorTail] = (byte) shown;
        errorTail++;
    }

    // --- used by CsvParser -------------------------------------------------------------

    /** Drops pending errors whose U+FFFD lies before {@code charPosition}. */
    void dropErrorsBefore(long charPosition) {
        while (errorHead < errorTail && errorCharPosition[errorHead] < charPosition) {
            errorHead++;
        }
        if (errorHead == errorTail) {
            errorHead = errorTail = 0;
        }
    }

    /**
     * Whether a pending error's U+FFFD lies before {@code charPosition}; if so, {@code row}
     * receives the first such error and all of them are dropped.
     */
    boolean takeErrorsBefore(long charPosition, CsvRow row) {
        if (errorHead == errorTail || errorCharPosition[errorHead] >= charPosition) {
            return false;
        }
        int first = errorHead;
        row.setDecodingError(
                message(charset, errorByteOffset[first], errorBytes[first], errorByteCount[first]),
                errorByteOffset[first]);
        dropErrorsBefore(charPosition);
        return true;
    }

    private static String message(Charset charset, long offset, int packed, int count) {
        StringBuilder sb = new StringBuilder(48);
        sb.append("not valid ").append(charset.name()).append(" at byte ").append(offset);
        if (count > 0) {
            sb.append(count == 1 ? " (byte" : " (bytes");
            for (int i = count - 1; i >= 0; i--) {
                sb.append(' ').append(String.format(Locale.ROOT, "%02X", (packed >>> (8 * i)) & 0xFF));
            }
            sb.append(')');
        } else {
            sb.append(" (end of input)");
        }
        return sb.toString();
    }

    private static boolean isGbCharset(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        return name.equals("GBK") || name.equals("GB18030") || name.equals("GB2312")
                || name.equals("X-GBK") || name.equals("CP936") || name.equals("MS936");
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            in.close();
        }
    }

    // --- heuristic ---------------------------------------------------------------------

    /** {@link #looksLikeGb18030(byte[], int, int)} over the whole array. */
    public static boolean looksLikeGb18030(byte[] sample) {
        return looksLikeGb18030(sample, 0, sample.length);
    }

    /**
     * Guesses whether {@code sample[offset, offset + length)} is Chinese text in GBK or
     * GB18030 (rather than UTF-8 or a Latin charset). True when the sample is not valid UTF-8,
     * its non-ASCII bytes form GBK two-byte or GB18030 four-byte characters with at most one in
     * twenty failures (the sample may begin or end mid-character), and at least half of the
     * two-byte characters are common hanzi of the GB2312 block (first byte B0–F7, second
     * A1–FE). A sample without non-ASCII bytes gives false.
     */
    public static boolean looksLikeGb18030(byte[] sample, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, sample.length);
        int end = offset + length;
        if (isValidUtf8(sample, offset, end)) {
            return false;
        }
        int characters = 0;
        int hanzi = 0;
        int failures = 0;
        int i = offset;
        while (i < end) {
            int b = sample[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            if (b == 0x80 || b == 0xFF) {
                failures++;
                i++;
                continue;
            }
            if (i + 1 >= end) {
                break; // cut off at the end of the sample
            }
            int t = sample[i + 1] & 0xFF;
            if (t >= 0x30 && t <= 0x39) {
                if (i + 3 >= end) {
                    break;
                }
                int b3 = sample[i + 2] & 0xFF;
                int b4 = sample[i + 3] & 0xFF;
                if (b3 >= 0x81 && b3 <= 0xFE && b4 >= 0x30 && b4 <= 0x39) {
                    characters++;
                    i += 4;
                } else {
                    failures++;
                    i++;
                }
            } else if ((t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFE)) {
                characters++;
                if (b >= 0xB0 && b <= 0xF7 && t >= 0xA1) {
                    hanzi++;
                }
                i += 2;
            } else {
                failures++;
                i++;
            }
        }
        return characters > 0 && failures * 20 <= characters && hanzi * 2 >= characters;
    }

    /** Whether the bytes are valid UTF-8, ignoring a sequence cut off at either end. */
    private static boolean isValidUtf8(byte[] b, int from, int end) {
        int i = from;
        // skip continuation bytes at the start: the sample may begin mid-character
        while (i < end && i < from + 3 && (b[i] & 0xC0) == 0x80) {
            i++;
        }
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n;
            int min2 = 0x80;
            int max2 = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
                if (c == 0xE0) {
                    min2 = 0xA0;
                } else if (c == 0xED) {
                    max2 = 0x9F;
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
                if (c == 0xF0) {
                    min2 = 0x90;
                } else if (c == 0xF4) {
                    max2 = 0x8F;
                }
            } else {
                return false;
            }
            for (int k = 1; k <= n; k++) {
                if (i + k >= end) {
                    return true; // cut off at the end
                }
                int t = b[i + k] & 0xFF;
                int lo = k == 1 ? min2 : 0x80;
                int hi = k == 1 ? max2 : 0xBF;
                if (t < lo || t > hi) {
                    return false;
                }
            }
            i += n + 1;
        }
        return true;
    }
}
