# Reference values for TestsTest, MultiplicityTest and FunnelTest (org.communitysafety.indicators.stats).
# R 4.2.2 (Debian r-base-core 4.2.2.20221110-2), base and stats only. Run:
#   Rscript r_reference.R > r_reference.txt
# Numbers are printed with 17 significant digits (sprintf("%.17g")), which round-trip doubles.
options(warn = -1)
g <- function(x) paste(sprintf("%.17g", x), collapse = " ")

cat("# prop.test(c(x1, x0), c(n1, n0)): x1 n1 x0 n0 | p.value estimate(x1/n1 - x0/n0) lower upper statistic\n")
props <- list(
  c(44319, 45225, 43120, 44800),   # clearance rate this year vs last year
  c(73, 120, 120, 200),
  c(0, 50, 3, 60),                 # zero successes now
  c(40, 40, 35, 40),               # x = n now
  c(3, 7, 4, 9),                   # |DELTA| / sum(1/n) < 0.5: YATES shrinks, statistic 0, p = 1
  c(101, 200, 100, 200),           # YATES exactly 0.5
  c(900, 1000, 100, 1000),         # very small p-value
  c(1200000000, 2000000000, 1100000000, 2000000000),  # counts over 10^9
  c(1, 1, 0, 1))
for (v in props) {
  r <- prop.test(c(v[1], v[3]), c(v[2], v[4]))
  cat("prop", v, "|", g(c(r$p.value, r$estimate[1] - r$estimate[2], r$conf.int, r$statistic)), "\n")
}
r <- prop.test(c(73, 120), c(120, 200), conf.level = 0.998)
cat("prop998 73 120 120 200 |", g(c(r$p.value, r$estimate[1] - r$estimate[2], r$conf.int, r$statistic)), "\n")
cat("# undefined: both proportions 0 or both 1 give NaN\n")
cat("propnan", g(prop.test(c(0, 0), c(10, 20))$p.value), g(prop.test(c(10, 20), c(10, 20))$p.value), "\n")

cat("# p.adjust(p, 'BH'): input | output\n")
bh <- list(
  c(0.01, 0.04, 0.03, 0.005, 0.5, 0.2),
  c(0.02, 0.02, 0.02, 0.9, 1, 0),
  c(1e-300, 0.05, 0.049, 0.0001),
  c(0.7),
  c(0.001, 0.008, 0.039, 0.041, 0.042, 0.060, 0.074, 0.205, 0.212, 0.216, 0.222, 0.251, 0.269, 0.275,
    0.340, 0.341, 0.384, 0.569, 0.594, 0.696, 0.762, 0.940, 0.942, 0.975, 0.986))
for (v in bh) cat("bh", g(v), "|", g(p.adjust(v, "BH")), "\n")

cat("# Spiegelhalter (2005) A.1.1 binomial funnel limits: p0 n level | lower upper (proportion scale, before clipping)\n")
funnel_binom <- function(p0, n, level) {
  t <- (1 - level) / 2
  r <- qbinom(t, n, p0)
  lo <- (r - (pbinom(r, n, p0) - t) / dbinom(r, n, p0)) / n
  s <- qbinom(t, n, p0, lower.tail = FALSE)
  up <- (s - (t - pbinom(s, n, p0, lower.tail = FALSE)) / dbinom(s, n, p0)) / n
  c(lo, up)
}
for (p0 in c(0.98, 0.6, 0.05)) for (n in c(10, 37, 120, 1000, 45225)) for (level in c(0.95, 0.998))
  cat("fbinom", g(c(p0, n, level)), "|", g(funnel_binom(p0, n, level)), "\n")
cat("# A.1.2 Poisson funnel limits: rate0 exposure level | lower upper (rate scale, before clipping)\n")
funnel_pois <- function(rate0, exposure, level) {
  t <- (1 - level) / 2
  e <- rate0 * exposure
  r <- qpois(t, e)
  lo <- (r - (ppois(r, e) - t) / dpois(r, e)) / exposure
  s <- qpois(t, e, lower.tail = FALSE)
  up <- (s - (t - ppois(s, e, lower.tail = FALSE)) / dpois(s, e)) / exposure
  c(lo, up)
}
for (rate0 in c(0.0015, 0.02)) for (exposure in c(500, 4800, 48213, 1e6)) for (level in c(0.95, 0.998))
  cat("fpois", g(c(rate0, exposure, level)), "|", g(funnel_pois(rate0, exposure, level)), "\n")

cat("# exact tests beyond statistics.json: inputs | p.value estimate lower upper\n")
pt <- function(x1, t1, x0, t0, conf = 0.95) {
  r <- poisson.test(c(x1, x0), c(t1, t0), conf.level = conf)
  cat("pratio", g(c(x1, t1, x0, t0, conf)), "|", g(c(r$p.value, r$estimate, r$conf.int)), "\n")
}
pt(12, 1, 3, 1); pt(250, 52000, 180, 51000); pt(0, 1, 7, 2); pt(7, 2, 0, 1); pt(1, 1, 1, 1)
pt(4000, 1, 4300, 1); pt(73, 1, 120, 1, 0.998); pt(2, 365, 9, 366)
bt <- function(x, n, p, conf = 0.95) {
  r <- binom.test(x, n, p, conf.level = conf)
  cat("binom", g(c(x, n, p, conf)), "|", g(c(r$p.value, r$estimate, r$conf.int)), "\n")
}
bt(0, 25, 0.1); bt(25, 25, 0.9); bt(3, 40, 0.3); bt(180, 200, 0.98); bt(5000, 10000, 0.5); bt(7, 30, 0.2, 0.9)
ps <- function(x, t, r, conf = 0.95) {
  res <- poisson.test(x, t, r, conf.level = conf)
  cat("pois", g(c(x, t, r, conf)), "|", g(c(res$p.value, res$estimate, res$conf.int)), "\n")
}
ps(0, 2, 1.5); ps(30, 1, 12.5); ps(4, 10000, 0.0015); ps(250, 1, 250); ps(1, 1, 40)
