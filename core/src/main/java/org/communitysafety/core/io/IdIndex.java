package org.communitysafety.core.io;

import java.util.Arrays;

/**
 * The record ids seen so far in one file, with the line each was first seen on: exact duplicate
 * detection that keeps no {@code String} per id.
 *
 * <p>An open-addressing table of {@code long} slots — each holds the id's 32-bit hash and the
 * address of its entry, so a probe touches one cache line — over an arena of byte pages, where an entry is the line (8
 * bytes), the id's length and flag (a varint) and the id itself (one byte a character when every
 * character is below U+0100, two otherwise), padded to 4 bytes. A probe compares hashes first,
 * so the arena is touched only when two hashes are equal, which for distinct ids is rare; the
 * id is then compared character by character, so detection stays exact.
 *
 * <p>Why: 10 million retained id strings cost about 80 bytes an id and kept the young
 * collector copying them (issue 13 measured a quarter of a 10M-incident read in the old
 * probe's cache misses over strings). This costs about 33 bytes an id for ids of 10 ASCII
 * characters (20 in the arena, 8 a slot at a load of at most 0.6) and nothing for the
 * collector to trace. Not thread-safe. Package-private.
 */
final class IdIndex {
    /** 1 MiB pages, addressed in 4-byte units: 2^18 units a page, 2^13 pages (8 GiB) in all. */
    private static final int PAGE_SHIFT = 20;
    private static final int PAGE_SIZE = 1 << PAGE_SHIFT;
    private static final int UNIT_BITS = PAGE_SHIFT - 2;
    private static final int MAX_PAGES = 1 << (31 - UNIT_BITS);

    /** A slot: the id's hash (never 0) in the high half, its entry's address in the low; 0 when empty. */
    private long[] slots = new long[1 << 12];
    private int size;

    private byte[][] pages = new byte[4][];
    private int pageCount;
    /** The next free byte of the last page. */
    private int fill = PAGE_SIZE;

    /**
     * Records {@code id} as first seen on {@code line}; returns 0 when it is new, otherwise the
     * line it was first seen on.
     *
     * @throws IllegalStateException past 8 GiB of ids in one file
     */
    long putIfAbsent(String id, long line) {
        int h = mix(id.hashCode());
        if (h == 0) {
            h = 1; // 0 marks an empty slot
        }
        int mask = slots.length - 1;
        int i = h & mask;
        for (long slot; (slot = slots[i]) != 0; i = (i + 1) & mask) {
            if ((int) (slot >>> 32) == h && equal((int) slot, id)) {
                return lineAt((int) slot);
            }
        }
        slots[i] = ((long) h << 32) | (store(id, line) & 0xFFFFFFFFL);
        if (++size * 5 > slots.length * 3) {
            grow();
        }
        return 0;
    }

    /**
     * {@link #putIfAbsent(String, long)} for the id spelled by the ASCII bytes {@code b[s, e)}
     * (printable, so the same id as the string of those characters), whose
     * {@code String.hashCode()} is {@code hash}.
     */
    long putIfAbsent(byte[] b, int s, int e, int hash, long line) {
        int h = mix(hash);
        if (h == 0) {
            h = 1;
        }
        int mask = slots.length - 1;
        int i = h & mask;
        for (long slot; (slot = slots[i]) != 0; i = (i + 1) & mask) {
            if ((int) (slot >>> 32) == h && equal((int) slot, b, s, e)) {
                return lineAt((int) slot);
            }
        }
        int n = e - s;
        int at = allocate(n, true, line);
        System.arraycopy(b, s, pages[pageCount - 1], at + 8 + varintSize(n << 1), n);
        slots[i] = ((long) h << 32) | (address(at) & 0xFFFFFFFFL);
        if (++size * 5 > slots.length * 3) {
            grow();
        }
        return 0;
    }

    int size() {
        return size;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long slot : old) {
            if (slot != 0) {
                int i = (int) (slot >>> 32) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = slot;
            }
        }
    }

    // ---- the arena ------------------------------------------------------------------------

    /** Appends an entry for {@code id}; returns its address. */
    private int store(String id, long line) {
        int n = id.length();
        boolean narrow = true;
        for (int c = 0; c < n && narrow; c++) {
            narrow = id.charAt(c) < 0x100;
        }
        int at = allocate(n, narrow, line);
        byte[] page = pages[pageCount - 1];
        int p = at + 8 + varintSize((n << 1) | (narrow ? 0 : 1));
        for (int c = 0; c < n; c++) {
            char ch = id.charAt(c);
            if (narrow) {
                page[p++] = (byte) ch;
            } else {
                page[p++] = (byte) (ch >>> 8);
                page[p++] = (byte) ch;
            }
        }
        return address(at);
    }

    /** The address of the entry at byte {@code at} of the last page. */
    private int address(int at) {
        return ((pageCount - 1) << UNIT_BITS) | (at >>> 2);
    }

    /**
     * Makes room in the last page for an entry of an id of {@code n} characters, writes its line
     * and header there and returns where the entry starts; its characters follow the header.
     */
    private int allocate(int n, boolean narrow, long line) {
        int dataBytes = narrow ? n : 2 * n;
        int header = (n << 1) | (narrow ? 0 : 1);
        int size = 8 + varintSize(header) + dataBytes;
        byte[] page;
        int at;
        if (size > PAGE_SIZE) {
            page = newPage(size); // an id longer than a page gets a page of its own
            at = 0;
            fill = PAGE_SIZE;
        } else {
            if (fill + size > PAGE_SIZE) {
                newPage(PAGE_SIZE);
                fill = 0;
            }
            page = pages[pageCount - 1];
            at = fill;
            fill = (fill + size + 3) & ~3;
        }
        for (int b = 0; b < 8; b++) {
            page[at + b] = (byte) (line >>> (56 - 8 * b));
        }
        int p = at + 8;
        for (int v = header; ; v >>>= 7) {
            if ((v & ~0x7F) == 0) {
                page[p++] = (byte) v;
                break;
            }
            page[p++] = (byte) ((v & 0x7F) | 0x80);
        }
        return at;
    }

    private byte[] newPage(int bytes) {
        if (pageCount == MAX_PAGES) {
            throw new IllegalStateException("more than 8 GiB of record ids in one file");
        }
        if (pageCount == pages.length) {
            pages = Arrays.copyOf(pages, pages.length * 2);
        }
        byte[] page = new byte[bytes];
        pages[pageCount++] = page;
        return page;
    }

    private static int varintSize(int v) {
        int n = 1;
        while ((v & ~0x7F) != 0) {
            v >>>= 7;
            n++;
        }
        return n;
    }

    private long lineAt(int address) {
        byte[] page = pages[address >>> UNIT_BITS];
        int at = (address & ((1 << UNIT_BITS) - 1)) << 2;
        long line = 0;
        for (int b = 0; b < 8; b++) {
            line = (line << 8) | (page[at + b] & 0xFF);
        }
        return line;
    }

    /** Whether the entry at {@code address} holds exactly {@code id}. */
    private boolean equal(int address, String id) {
        byte[] page = pages[address >>> UNIT_BITS];
        int p = ((address & ((1 << UNIT_BITS) - 1)) << 2) + 8;
        int header = header(page, p);
        p += varintSize(header);
        int n = header >>> 1;
        if (n != id.length()) {
            return false;
        }
        boolean narrow = (header & 1) == 0;
        for (int c = 0; c < n; c++) {
            char stored = narrow ? (char) (page[p++] & 0xFF) : (char) (((page[p++] & 0xFF) << 8) | (page[p++] & 0xFF));
            if (stored != id.charAt(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the entry at {@code address} holds exactly the id of the ASCII bytes {@code b[s, e)}. */
    private boolean equal(int address, byte[] b, int s, int e) {
        byte[] page = pages[address >>> UNIT_BITS];
        int p = ((address & ((1 << UNIT_BITS) - 1)) << 2) + 8;
        int header = header(page, p);
        p += varintSize(header);
        int n = header >>> 1;
        return (header & 1) == 0 && n == e - s && java.util.Arrays.equals(page, p, p + n, b, s, e);
    }

    /** The header of the entry whose header starts at {@code page[p]}: its length {@code << 1}, {@code | 1} when wide. */
    private static int header(byte[] page, int p) {
        int header = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = page[p++];
            header |= (b & 0x7F) << shift;
            if (b >= 0) {
                return header;
            }
        }
    }

    @Override
    public String toString() {
        return "IdIndex[" + size + " ids, capacity " + slots.length + ", " + pageCount + " pages]";
    }
}
