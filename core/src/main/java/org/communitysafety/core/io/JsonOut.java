package org.communitysafety.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;

/**
 * Where a {@link JsonWriter}'s text goes, through a buffer, with the cache of strings written
 * quoted: {@link JsonCharOut} hands chars to a {@code Writer}, {@link JsonByteOut} encodes UTF-8
 * bytes for an {@code OutputStream}. I/O failures unchecked. Package-private.
 */
abstract sealed class JsonOut permits JsonCharOut, JsonByteOut {
    /**
     * Slots of the cache of written strings. The names and most values of a document of
     * rows repeat (keys, unit codes and names, indicator ids, periods): a string seen twice in
     * a row in its slot — the same instance, {@code ==} — keeps its quoted, escaped, encoded
     * form there and is copied from then on, not scanned and encoded again.
     */
    static final int SLOTS = 4096;
    /** The longest string cached; longer ones are seldom repeated, and cost more to keep. */
    static final int CACHED_LENGTH = 64;

    /** The string of each slot. */
    private final String[] keys = new String[SLOTS];
    /** Its form once seen twice: a {@code char[]} or {@code byte[]}, as the buffer is. */
    private final Object[] forms = new Object[SLOTS];
    /** How many times the buffer was handed on: a form is kept only if it is whole in the buffer. */
    int drains;
    /** Where the next character goes in the buffer. */
    int n;
    /** The buffer, the subclass's {@code char[]} or {@code byte[]}: where {@link #cached} copies a form. */
    private final Object buffer;
    private final int capacity;

    JsonOut(Object buffer) {
        this.buffer = buffer;
        this.capacity = Array.getLength(buffer);
    }

    /** A copy of the buffer from {@code from} to {@code to}, for a form. */
    abstract Object copy(int from, int to);

    /** Hands the first {@code len} characters of the buffer to the writer or stream. */
    abstract void write(int len) throws IOException;

    /** Flushes the writer or stream. */
    abstract void flushSink() throws IOException;

    /** One ASCII character. */
    abstract void ascii(char c);

    /** A string of ASCII characters only. */
    abstract void ascii(String s);

    /** The first {@code n} ASCII bytes of {@code b}. */
    abstract void ascii(byte[] b, int n);

    /** The characters of {@code s} from {@code from} to {@code to}, any of them. */
    abstract void text(String s, int from, int to);

    /**
     * Writes the quoted form of {@code s} if it is cached, and says whether it was: a copy into
     * the buffer, whichever type it is ({@code System.arraycopy} takes either).
     */
    final boolean cached(String s) {
        int slot = s.hashCode() & (SLOTS - 1);
        if (keys[slot] != s || forms[slot] == null) {
            return false;
        }
        Object form = forms[slot];
        int length = Array.getLength(form);
        if (n + length > capacity) {
            drain();
        }
        System.arraycopy(form, 0, buffer, n, length);
        n += length;
        return true;
    }

    /** Where the next character goes in the buffer. */
    final int position() {
        return n;
    }

    /**
     * After {@code s} was written quoted from {@code from}, with {@link #drains} at
     * {@code drainsThen}: takes the slot for {@code s}, or, the second time, keeps its form.
     */
    final void remember(String s, int from, int drainsThen) {
        int slot = s.hashCode() & (SLOTS - 1);
        if (keys[slot] != s) {
            keys[slot] = s;
            forms[slot] = null;
        } else if (drains == drainsThen) {
            forms[slot] = copy(from, n);
        }
    }

    /** Hands what is buffered on. */
    final void drain() {
        if (n > 0) {
            try {
                write(n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            n = 0;
            drains++;
        }
    }

    /** Flushes the writer or stream. */
    final void flush() {
        try {
            flushSink();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
