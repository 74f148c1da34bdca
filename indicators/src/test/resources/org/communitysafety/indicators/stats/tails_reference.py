#!/usr/bin/env python3
"""Reference values for the tail probabilities and quantiles behind org.communitysafety.indicators.stats.

Writes tails_reference.csv next to this script. Independent of the Java code: mpmath 1.3.0 at
60 significant digits (mp.dps = 60)., Python 3.11. Run:  python3 tails_reference.py

Each row: kind,arg1,arg2,arg3,expected   (arguments and values as repr() of doubles)
  beta_lower  a b x      I_x(a, b)            regularised incomplete beta, lower tail
  beta_upper  a b x      1 - I_x(a, b)
  gamma_lower a L -      P(a, L)              regularised incomplete gamma
  gamma_upper a L -      Q(a, L)
  qbeta       a b t      x with I_x(a, b) = t
  qgamma_lower a t -     L with P(a, L) = t
  qgamma_upper a t -     L with Q(a, L) = t
  binom_cdf   k n p      P(Bin(n, p) <= k)
  binom_sf    k n p      P(Bin(n, p) >= k)
  pois_cdf    k L -      P(Pois(L) <= k)
  pois_sf     k L -      P(Pois(L) >= k)
  dbinom      k n p      P(Bin(n, p) = k)
  dpois       k L -      P(Pois(L) = k)
  ratio_p_minlike x1 x0 conf   R poisson.test(c(x1, x0))$p.value (equal exposures), minlike
  ratio_p_central x1 x0 conf   the same with the central two-sided p-value
  ratio_lower     x1 x0 conf   its rate-ratio interval, lower limit
  ratio_upper     x1 x0 conf   upper limit

Method: for whole-number parameters up to 10^6, exact sums of positive terms,
  I_x(a, b) = P(Bin(a + b - 1, x) >= a),   P(a, L) = P(Pois(L) >= a)
summed from the tail's end point outwards until the terms fall below 1e-45 of the sum (no
cancellation; mpmath.betainc's hypergeometric series fails to converge from a ~ 5000). Above
10^6 the same probabilities as integrals, evaluated with mpmath.quad (tanh-sinh) in the logit
(beta) or log (gamma) variable, scaled to O(1) (mp.quad's tolerance is absolute), over pieces
that double in length away from the end point out to 256 widths of the integrand (beyond which
it is below 1e-100, asserted), twice with different splits that must agree to 1e-24 (asserted);
at moderate parameters the two ways agree to 24+ digits (asserted below). The tail that does not
contain the mode is computed directly, the other as its complement. Quantiles solve
tail(x) = t in the logit (beta) or log (gamma) scale with mpmath.findroot's bracketing
Anderson-Bjorck solver to 30 digits.
Runs in a few minutes.
Inputs x, p, L are the doubles written in the file (exact binary values), not decimals.
"""
import csv
import math
import os
import mpmath
from mpmath import mp, mpf

mp.dps = 60
BIG = 10**6


def quad_away(f, start, width, sign, check=True):
    """Integral of f from start towards sign * infinity, f log-concave and largest at start with
    its bulk within a few multiples of width. mp.quad's tolerance is absolute, so it integrates
    f / f(start), which is O(1), in the scaled variable w = |u - start| / width, over pieces that
    double in length out to 256 widths. With check, a second, finer split must agree to 1e-24."""
    scale = f(start)
    g = lambda w: f(start + sign * width * w) / scale
    # the integrand falls at least like exp(-w) (exp(-w^2/2) near the mode): beyond 256 widths it
    # is below 1e-111 of its start (asserted); integrating to infinity would make mpmath evaluate
    # exp(exp(u)) for huge u in the gamma upper tail
    assert g(mpf(256)) < mpf(10) ** -100, (start, width)
    coarse = [mpf(0), mpf(1) / 4, mpf(1) / 2, 1, 2, 4, 8, 16, 32, 64, 128, 256]
    value = mp.quad(g, coarse) * width * scale
    if check:
        fine = sorted(set([mpf(k) / 8 for k in range(0, 33)] + [5, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256]))
        other = mp.quad(g, fine) * width * scale
        assert abs(value - other) <= abs(other) * mpf(10) ** -24, (value, other)
    return value


def lbeta(a, b):
    return mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b)


def beta_quad(a, b, x, lower, check=True):
    """I_x(a,b) (lower) or 1 - I_x(a,b) (upper) by quadrature in u = logit(t)."""
    a, b, x = mpf(a), mpf(b), mpf(x)
    lb = lbeta(a, b)
    f = lambda u: mp.exp(-a * mp.log1p(mp.exp(-u)) - b * mp.log1p(mp.exp(u)) - lb)
    ux = mp.log(x) - mp.log1p(-x)
    n = a + b
    width = 1 / mp.sqrt(n * x * (1 - x)) if n * x * (1 - x) > 1 else mpf(1)
    slope = abs(a - n * x)  # d/du of the log integrand at the end point
    if slope > 0:
        width = min(width, 1 / slope)
    # integrate away from the end point towards -inf (lower) or +inf (upper)
    return quad_away(f, ux, width, -1 if lower else 1, check)


def sum_outwards(term, j, step, end):
    """term(j) + term(j + step) + ... up to end (None: no end), until a term falls below 1e-45 of the sum."""
    total = mpf(0)
    while end is None or (j <= end if step > 0 else j >= end):
        t = term(j); total += t
        if t < total * mpf(10) ** -45: break
        j += step
    return total


def binom_upper_sum(m, x, k):
    """P(Bin(m, x) >= k) by summing from k upwards (k above the mean) or P(X <= k-1) complement."""
    x = mpf(x)
    y = 1 - x
    def term(j):
        return mp.exp(mp.loggamma(m + 1) - mp.loggamma(j + 1) - mp.loggamma(m - j + 1) + j * mp.log(x) + (m - j) * mp.log(y))
    if k <= 0:
        return mpf(1)
    if k > m:
        return mpf(0)
    if k >= x * m:
        return sum_outwards(term, k, 1, m)
    return 1 - sum_outwards(term, k - 1, -1, 0)


def beta_tail(a, b, x, lower, check=True):
    if max(a, b) <= BIG:
        a, b = int(a), int(b)
        # I_x(a, b) = P(Bin(a + b - 1, x) >= a)
        if mpf(x) <= mpf(a) / (a + b):
            v = binom_upper_sum(a + b - 1, x, a)
            return v if lower else 1 - v
        w = binom_upper_sum(a + b - 1, 1 - mpf(x), b)  # = 1 - I_x(a, b)
        return 1 - w if lower else w
    # quadrature on the side that does not contain the mode, complement for the other
    mode_side_lower = mpf(x) > mpf(a) / (a + b)
    if lower and not mode_side_lower:
        return beta_quad(a, b, x, True, check)
    if not lower and mode_side_lower:
        return beta_quad(a, b, x, False, check)
    return 1 - beta_quad(a, b, x, not lower, check)


def gamma_quad(a, lam, lower, check=True):
    a, lam = mpf(a), mpf(lam)
    lg = mp.loggamma(a)
    f = lambda u: mp.exp(a * u - mp.exp(u) - lg)
    ul = mp.log(lam)
    width = 1 / mp.sqrt(lam) if lam > 1 else mpf(1)
    slope = abs(a - lam)
    if slope > 0:
        width = min(width, 1 / slope)
    return quad_away(f, ul, width, -1 if lower else 1, check)


def pois_upper_sum(lam, k):
    """P(Pois(lam) >= k) by positive sums from k outwards."""
    lam = mpf(lam)
    def term(j):
        return mp.exp(j * mp.log(lam) - lam - mp.loggamma(j + 1))
    if k <= 0:
        return mpf(1)
    if k >= lam:
        return sum_outwards(term, k, 1, None)
    return 1 - sum_outwards(term, k - 1, -1, 0)


def gamma_tail(a, lam, lower, check=True):
    if a <= BIG:
        v = pois_upper_sum(lam, int(a))  # = P(a, lam)
        if mpf(lam) > a:  # the upper tail Q = P(Pois <= a-1) is the small one: sum it directly
            q = mpf(0); j = int(a) - 1
            while j >= 0:
                t = mp.exp(j * mp.log(mpf(lam)) - mpf(lam) - mp.loggamma(j + 1)); q += t
                if t < q * mpf(10) ** -45: break
                j -= 1
            return 1 - q if lower else q
        return v if lower else 1 - v
    mode_side_lower = mpf(lam) > a
    if lower and not mode_side_lower:
        return gamma_quad(a, lam, True, check)
    if not lower and mode_side_lower:
        return gamma_quad(a, lam, False, check)
    return 1 - gamma_quad(a, lam, not lower, check)


def solve_increasing(g, u0, sd):
    """Root of an increasing function g near u0 (sd: the scale of u): expand a bracket around u0
    until g changes sign, then mpmath's bracketing Anderson-Bjorck solver to 30 digits."""
    lo, hi = u0 - sd, u0 + sd
    while g(lo) > 0:
        lo -= 2 * (hi - lo)
    while g(hi) < 0:
        hi += 2 * (hi - lo)
    return mp.findroot(g, (lo, hi), solver="anderson", tol=mpf(10) ** -30, maxsteps=200)


def qbeta(a, b, t):
    """x with I_x(a, b) = t, solved in u = logit(x)."""
    t = mpf(t)
    g = lambda u: mp.log(beta_tail(a, b, 1 / (1 + mp.exp(-u)), True, False)) - mp.log(t)
    sd = mp.sqrt(mpf(1) / a + mpf(1) / b)
    u0 = mp.log(mpf(a) / b) + mp.sqrt(2) * mp.erfinv(2 * t - 1) * sd
    u = solve_increasing(g, u0, sd)
    return 1 / (1 + mp.exp(-u))


def qgamma(a, t, lower):
    """L with P(a, L) = t (lower) or Q(a, L) = t (upper), solved in u = log(L)."""
    t = mpf(t)
    if lower:
        g = lambda u: mp.log(gamma_tail(a, mp.exp(u), True, False)) - mp.log(t)
    else:
        g = lambda u: mp.log(t) - mp.log(gamma_tail(a, mp.exp(u), False, False))
    z = mp.sqrt(2) * mp.erfinv(2 * (t if lower else 1 - t) - 1)
    base = 1 - mpf(1) / (9 * a) + z / (3 * mp.sqrt(a))
    start = a * base ** 3 if base > 0 else mpf(t) ** (mpf(1) / a)
    return mp.exp(solve_increasing(g, mp.log(start), 1 / mp.sqrt(a)))


def dbinom(k, n, p):
    p = mpf(p)
    return mp.exp(mp.loggamma(n + 1) - mp.loggamma(k + 1) - mp.loggamma(n - k + 1) + k * mp.log(p) + (n - k) * mp.log1p(-p)) if 0 < k < n else ((1 - p) ** n if k == 0 else p ** n)


def dpois(k, lam):
    lam = mpf(lam)
    return mp.exp(k * mp.log(lam) - lam - mp.loggamma(k + 1)) if k > 0 else mp.exp(-lam)


def binom_cdf(k, n, p):
    if k >= n:
        return mpf(1)
    return beta_tail(n - k, k + 1, 1 - mpf(p), True)


def binom_sf(k, n, p):
    if k <= 0:
        return mpf(1)
    return beta_tail(k, n - k + 1, mpf(p), True)


rows = []


def add(kind, a1, a2, a3, value):
    rows.append([kind, repr(a1), repr(a2), repr(a3), mp.nstr(value, 25, min_fixed=-1, max_fixed=-1)])


def check_agree(a, b, x):
    """For moderate parameters the quadrature and the exact sums must agree."""
    for lower in (True, False):
        s = beta_tail(a, b, x, lower)
        mode_side_lower = mpf(x) > mpf(a) / (a + b)
        q = beta_quad(a, b, x, lower) if lower != mode_side_lower else 1 - beta_quad(a, b, x, not lower)
        assert abs(q - s) <= abs(s) * mpf(10) ** -24, (a, b, x, lower, s, q)
    for lam in (a * 0.97, a * 1.03):
        for lower in (True, False):
            s = gamma_tail(a, lam, lower)
            mode_side_lower = mpf(lam) > a
            q = gamma_quad(a, lam, lower) if lower != mode_side_lower else 1 - gamma_quad(a, lam, not lower)
            assert abs(q - s) <= abs(s) * mpf(10) ** -24, (a, lam, lower, s, q)


check_agree(37, 84, 0.2)
check_agree(907, 44319, 0.0199)
check_agree(5000, 5000, 0.4901)
check_agree(1000, 200000, 3.434074484008566e-03)

# beta tails: small to huge parameters, both tails, deep tails
beta_points = [
    (1, 1, 0.3), (1, 1, 1e-20), (1, 5, 0.1), (5, 1, 0.99), (3, 7, 0.05), (3, 7, 0.6), (20, 20, 2.280820003180099e-05),
    (37, 84, 0.2), (37, 84, 0.45), (907, 44319, 0.0199), (907, 44319, 0.0215), (44319, 907, 0.9801),
    (1, 45225, 1e-6), (1, 45225, 2e-4), (1000, 1e9, 3.434074484008566e-07), (1000, 1e9, 1.1e-6),
    (999999000, 1001, 0.999998936), (999999000, 1001, 0.9999990610269535),
    (1e9, 1e9 + 1e5, 0.4999530887343186), (5e9, 5e9, 0.49999020018007856), (5e9, 5e9, 0.4999719399938085),
    (5e9, 5e9, 0.5000003), (1e12, 3, 0.9999999999821365), (2, 1e12, 6.032719810946053e-16),
    (1.2e9, 1.1e9 + 1, 0.5217), (100, 3, 0.9), (1, 2e10, 5e-11),
]
for a, b, x in beta_points:
    add("beta_lower", float(a), float(b), x, beta_tail(a, b, x, True))
    add("beta_upper", float(a), float(b), x, beta_tail(a, b, x, False))

gamma_points = [
    (1, 1e-10), (1, 0.025), (1, 3.7), (2, 5.57), (4, 1.09), (10, 4.8), (10, 18.4), (65, 42.9), (65, 94.0),
    (137, 100.0), (1045, 982.6), (45225, 44809.1), (45226, 45643.8), (1e9, 999938021.4439279),
    (1e9 + 1, 1000061981.4504089), (1e9, 1e9), (1e12, 1e12 - 3e6), (3, 1e-5), (3, 60.0), (200, 400.0),
]
for a, lam in gamma_points:
    add("gamma_lower", float(a), float(lam), 0.0, gamma_tail(a, lam, True))
    add("gamma_upper", float(a), float(lam), 0.0, gamma_tail(a, lam, False))

for a, b, t in [(1, 1, 0.025), (1, 45225, 0.025), (44319, 907, 0.025), (907, 44319, 0.025), (5, 6, 0.005),
                (37, 84, 0.001), (1000, 1e9, 0.025), (1.2e9, 1.1e9 + 1, 0.025), (1.1e9, 1.2e9 + 1, 0.025),
                (3, 1, 1e-12), (2, 1e12, 0.025)]:
    add("qbeta", float(a), float(b), t, qbeta(a, b, t))

for a, t in [(1, 0.025), (4, 0.025), (65, 0.001), (45225, 0.025), (1e9, 0.025), (1e12, 0.025), (2, 1e-12)]:
    add("qgamma_lower", float(a), t, 0.0, qgamma(a, t, True))
for a, t in [(1, 0.025), (2, 0.025), (66, 0.001), (45226, 0.025), (1e9 + 1, 0.025), (3, 1e-12)]:
    add("qgamma_upper", float(a), t, 0.0, qgamma(a, t, False))

binom_points = [(0, 10, 0.3), (3, 10, 0.3), (9, 10, 0.3), (10, 10, 0.3), (682, 925, 0.75), (51, 235, 1 / 6),
                (0, 1000, 0.5), (1000, 1000, 0.5), (1, 1497, 0.0033), (499, 1000, 0.5),
                (1000000000, 2000100000, 0.5), (1200000000, 2300000000, 0.5), (10, 100000, 1e-5)]
for k, n, p in binom_points:
    add("binom_cdf", float(k), float(n), p, binom_cdf(k, n, p))
    add("binom_sf", float(k), float(n), p, binom_sf(k, n, p))
    add("dbinom", float(k), float(n), p, dbinom(k, n, p))

pois_points = [(0, 3.7), (1, 0.5), (10, 5.22), (137, 24.19893), (5, 100.0), (1000000000, 1000050000.0),
               (100, 1e-3)]
for k, lam in pois_points:
    add("pois_cdf", float(k), lam, 0.0, gamma_tail(k + 1, lam, False))
    add("pois_sf", float(k), lam, 0.0, gamma_tail(k, lam, True) if k > 0 else mpf(1))
    add("dpois", float(k), lam, 0.0, dpois(k, lam))

# Exact conditional test of two Poisson counts over equal exposures at counts over 10^9, as R's
# poisson.test(c(x1, x0)) = binom.test(x1, x1 + x0, 1/2) defines it (R itself would need 10^9
# dbinom values in memory). Minlike p-value: P(X <= x) + P(X >= j) for x below the mean, j the
# first i >= ceiling(m) with dbinom(i) <= dbinom(x) (1 + 1e-7), found by bisection (dbinom falls
# monotonically there); symmetric above the mean. Central: 2 min(tails). Interval: Clopper-Pearson
# limits of x1 of n as odds pp / (1 - pp).
def ratio_rows(x1, x0, conf):
    n = x1 + x0
    half = mpf(1) / 2
    d = dbinom(x1, n, half)
    bound = d * (1 + mpf(10) ** -7)
    m = n * half
    cdf = lambda k: binom_cdf(k, n, half) if k >= 0 else mpf(0)
    sf = lambda k: binom_sf(k, n, half) if k <= n else mpf(0)
    if x1 < m:
        lo, hi = int(mp.ceil(m)), n + 1
        while lo < hi:
            mid = (lo + hi) // 2
            if dbinom(mid, n, half) <= bound:
                hi = mid
            else:
                lo = mid + 1
        p = cdf(x1) + sf(lo)
    else:
        lo, hi = 0, int(mp.floor(m)) + 1
        while lo < hi:
            mid = (lo + hi) // 2
            if dbinom(mid, n, half) <= bound:
                lo = mid + 1
            else:
                hi = mid
        p = cdf(lo - 1) + sf(x1)
    central = min(mpf(1), 2 * min(cdf(x1), sf(x1)))
    tail = (1 - mpf(conf)) / 2
    lower = qbeta(x1, n - x1 + 1, tail)
    upper_complement = qbeta(n - x1, x1 + 1, tail)
    add("ratio_p_minlike", float(x1), float(x0), conf, min(mpf(1), p))
    add("ratio_p_central", float(x1), float(x0), conf, central)
    add("ratio_lower", float(x1), float(x0), conf, lower / (1 - lower))
    add("ratio_upper", float(x1), float(x0), conf, (1 - upper_complement) / upper_complement)


ratio_rows(1200000000, 1199950000, 0.95)   # p about 0.3
ratio_rows(1200000000, 1199700000, 0.95)   # p about 1e-9
ratio_rows(1100000000, 1200000000, 0.998)  # p far below 1e-300: underflows to 0
ratio_rows(3000000000, 3000100000, 0.95)

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tails_reference.csv")
with open(out, "w", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["kind", "arg1", "arg2", "arg3", "expected"])
    w.writerows(rows)
print(len(rows), "rows ->", out)
