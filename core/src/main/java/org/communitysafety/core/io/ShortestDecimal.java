package org.communitysafety.core.io;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * The shortest decimal that reads back as a given double — and of those the closest to it, an
 * even last digit breaking a tie — laid out as {@link Double#toString} does since JDK 19.
 *
 * <p>Method: R. Giulietti, <em>The Schubfach way to render doubles</em> (2020, revised 2022),
 * the algorithm of {@code Double.toString} since JDK 19 (JDK-4511638) and of Jackson's fast
 * double writer. It is needed here because JDK 17's {@code Double.toString} sometimes gives a
 * digit too many or a neighbour of the closest decimal ({@code 2.82879384806159008E17} for
 * {@code 2.82879384806159E17}), so it writes other bytes than Jackson did. The value
 * c·2<sup>q</sup> is multiplied by a 126-bit approximation g of 10<sup>-k</sup> (section 9 of
 * the paper: 10<sup>-k</sup> = β·2<sup>r</sup> with 2<sup>125</sup> ≤ β &lt; 2<sup>126</sup>,
 * g = ⌊β⌋ + 1), which decides exactly which of the candidate decimals lie in the rounding
 * interval of the double. The table of g, 617 entries, is computed once with {@link BigInteger}.
 * A test checks the digits against Jackson's implementation over millions of doubles, subnormal
 * ones included.
 *
 * <p>Stateless and thread-safe.
 */
final class ShortestDecimal {
    private static final int P = 53;
    private static final int Q_MIN = -1074;
    private static final long C_MIN = 1L << (P - 1);
    private static final long C_TINY = 3;
    private static final int K_MIN = -324;
    private static final int K_MAX = 292;
    private static final long MASK_63 = (1L << 63) - 1;
    private static final long[] G = table();

    private ShortestDecimal() {}

    /** The longest decimal {@link #write} writes: a sign, 17 digits, a point, {@code E-324}. */
    static final int MAX_LENGTH = 26;

    /** The decimal of a finite double, laid out as {@code Double.toString} does since JDK 19. */
    static String toString(double v) {
        byte[] b = new byte[MAX_LENGTH];
        int n = write(v, b, 0);
        return new String(b, 0, n, StandardCharsets.ISO_8859_1);
    }

    /**
     * Writes the decimal of a finite double, as {@link #toString(double)} gives it, as ASCII bytes
     * into {@code to} from {@code at}, which must leave room for {@link #MAX_LENGTH} bytes; no
     * string is made, for writers of millions of numbers.
     *
     * @return the position after the last byte written
     */
    static int write(double v, byte[] to, int at) {
        long bits = Double.doubleToRawLongBits(v);
        long t = bits & (C_MIN - 1);
        int bq = (int) (bits >>> (P - 1)) & 0x7FF;
        if (bq == 0x7FF) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        int pos = at;
        if (bits < 0) {
            to[pos++] = '-';
        }
        if (bq != 0) {
            int mq = -Q_MIN + 1 - bq;
            long c = C_MIN | t;
            if (0 < mq && mq < P) {
                long f = c >> mq;
                if (f << mq == c) {
                    return layout(f, 0, to, pos);
                }
            }
            return toDecimal(-mq, c, 0, to, pos);
        }
        if (t != 0) {
            return t < C_TINY ? toDecimal(Q_MIN, 10 * t, -1, to, pos) : toDecimal(Q_MIN, t, 0, to, pos);
        }
        to[pos] = '0';
        to[pos + 1] = '.';
        to[pos + 2] = '0';
        return pos + 3;
    }

    private static int toDecimal(int q, long c, int dk, byte[] to, int at) {
        int out = (int) c & 0x1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = flog10pow2(q);
        } else {
            cbl = cb - 1;
            k = flog10threeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 2;
        long g1 = G[2 * (k - K_MIN)];
        long g0 = G[2 * (k - K_MIN) + 1];
        long vb = rop(g1, g0, cb << h);
        long vbl = rop(g1, g0, cbl << h);
        long vbr = rop(g1, g0, cbr << h);
        long s = vb >> 2;
        if (s >= 100) {
            // s' = floor(s / 10); the candidates one digit shorter
            long sp10 = 10 * Math.multiplyHigh(s, 115_292_150_460_684_698L << 4);
            long tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) {
                return layout(upin ? sp10 : tp10, k + dk, to, at);
            }
        }
        long tt = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (tt << 2) + out <= vbr;
        if (uin != win) {
            return layout(uin ? s : tt, k + dk, to, at);
        }
        long cmp = vb - ((s + tt) << 1);
        return layout(cmp < 0 || cmp == 0 && (s & 0x1) == 0 ? s : tt, k + dk, to, at);
    }

    /** The rounded-to-odd high part of g·cp (section 9.8.3). */
    private static long rop(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | ((z & MASK_63) + MASK_63) >>> 63;
    }

    /** ⌊q·log10(2)⌋ for |q| ≤ 5456721. */
    static int flog10pow2(int q) {
        return (int) (q * 661_971_961_083L >> 41);
    }

    /** ⌊log10(3/4 · 2^q)⌋ for |q| ≤ 2^20. */
    static int flog10threeQuartersPow2(int q) {
        return (int) ((q * 661_971_961_083L + -274_743_187_321L) >> 41);
    }

    /** ⌊e·log2(10)⌋ for |e| ≤ 1838394. */
    static int flog2pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }

    /** g1 and g0 (63 bits each) of g = ⌊10^-k · 2^(125 - ⌊log2(10^-k)⌋)⌋ + 1 for k in [K_MIN, K_MAX]. */
    private static long[] table() {
        long[] g = new long[2 * (K_MAX - K_MIN + 1)];
        BigInteger mask = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
        for (int k = K_MIN; k <= K_MAX; k++) {
            int shift = 125 - flog2pow10(-k);
            BigInteger num = BigInteger.ONE;
            BigInteger den = BigInteger.ONE;
            if (k <= 0) {
                num = BigInteger.TEN.pow(-k);
            } else {
                den = BigInteger.TEN.pow(k);
            }
            if (shift >= 0) {
                num = num.shiftLeft(shift);
            } else {
                den = den.shiftLeft(-shift);
            }
            BigInteger beta = num.divide(den).add(BigInteger.ONE);
            g[2 * (k - K_MIN)] = beta.shiftRight(63).longValueExact();
            g[2 * (k - K_MIN) + 1] = beta.and(mask).longValue();
        }
        return g;
    }

    /**
     * f·10^e, f &gt; 0, laid out as {@code Double.toString}: plain in [10^-3, 10^7), else d.dddEn;
     * written into {@code to} from {@code at}.
     *
     * @return the position after the last byte written
     */
    private static int layout(long f, int e, byte[] to, int at) {
        while (f % 10 == 0) {
            f /= 10;
            e++;
        }
        int n = digitCount(f);
        int exp = e + n; // f·10^e = 0.digits · 10^exp
        int pos = at;
        if (exp > 0 && exp <= 7) {
            if (n <= exp) {
                pos = digits(f, n, to, pos);
                for (int i = n; i < exp; i++) {
                    to[pos++] = '0';
                }
                to[pos++] = '.';
                to[pos++] = '0';
            } else {
                // the digits with a point after the first exp of them
                digits(f, n, to, pos + 1);
                System.arraycopy(to, pos + 1, to, pos, exp);
                to[pos + exp] = '.';
                pos += n + 1;
            }
        } else if (exp > -3 && exp <= 0) {
            to[pos++] = '0';
            to[pos++] = '.';
            for (int i = 0; i < -exp; i++) {
                to[pos++] = '0';
            }
            pos = digits(f, n, to, pos);
        } else {
            digits(f, n, to, pos + 1);
            to[pos] = to[pos + 1];
            to[pos + 1] = '.';
            pos += n + 1;
            if (n == 1) {
                to[pos++] = '0';
            }
            to[pos++] = 'E';
            int x = exp - 1;
            if (x < 0) {
                to[pos++] = '-';
                x = -x;
            }
            pos = digits(x, digitCount(x), to, pos);
        }
        return pos;
    }

    /** The number of decimal digits of {@code f} &gt; 0. */
    private static int digitCount(long f) {
        int n = 1;
        for (long p = 10; n < 19 && f >= p; p *= 10) {
            n++;
        }
        return n;
    }

    /** Writes the {@code n} digits of {@code f} &gt;= 0 into {@code to} from {@code at}; returns the position after them. */
    static int digits(long f, int n, byte[] to, int at) {
        int end = at + n;
        for (int i = end - 1; i >= at; i--) {
            to[i] = (byte) ('0' + f % 10);
            f /= 10;
        }
        return end;
    }
}
