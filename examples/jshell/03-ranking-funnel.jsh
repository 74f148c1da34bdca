// 03 · Ranking villages, and reading the funnel plot
//
//   examples/jshell/run.sh 03-ranking-funnel.jsh
//
// Which villages of a county stand out? Rank them by criminal incidents per 10,000 residents
// and by clearance rate, then ask the funnel plot which differences are more than chance.

var data = Csi.sample();
var tree = data.tree();
String county = "330121";                      // a rural county; any district, county or town code works
System.out.println(county + " " + tree.unit(county).name() + ": " + tree.leavesUnder(tree.indexOf(county)).length + " villages");

// Every village of the county, criminal cases, 2024.
var query = Indicators.of(data).period("2024").unit(county).level(Level.VILLAGE).groups("criminal");
var villages = query.compute("incidents.rate_per_10k", "incidents.clearance_rate");

// ---------------------------------------------------------------- criminal incidents per 10,000
// The ranking puts the highest rate first. "95% limits" are the funnel plot's control limits at
// the village's population around the county's overall rate; "position" says where the village
// lies; p is the exact Poisson test of the village against the overall rate, and p (BH) the
// same p-value adjusted (Benjamini–Hochberg) for testing every village at once.
var byRate = Ranking.level(villages, "incidents.rate_per_10k", Level.VILLAGE, "criminal");
System.out.println();
System.out.println(byRate);

// Who tops the raw ranking? The top ten's populations against all the villages', and how many of
// the top ten the funnel says are within chance of the county's rate.
long median(long[] xs) {
    long[] sorted = LongStream.of(xs).sorted().toArray();
    return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
}
var top10 = byRate.entries().stream().limit(10).toList();
System.out.printf("Top 10 by raw rate: population median %d, smallest %d (all %d villages: median %d); %d of the 10 inside the 95%% limits%n",
        median(top10.stream().mapToLong(e -> e.row().denominator().orElse(0)).toArray()),
        top10.stream().mapToLong(e -> e.row().denominator().orElse(0)).min().orElse(0),
        byRate.entries().size(), median(byRate.entries().stream().mapToLong(e -> e.row().denominator().orElse(0)).toArray()),
        top10.stream().filter(e -> e.position() == Ranking.Position.INSIDE).count());

// ---------------------------------------------------------------- reading the funnel
// Outside the 99.8% limits: a strong signal (about 1 village in 500 would be there by chance).
// Outside the 95% limits only: worth a look, but 1 village in 20 is there by chance alone —
// with dozens of villages, expect a few. The BH-adjusted p-value is the honest one to quote.
void funnel(Ranking ranking) {
    System.out.printf("%s: %d villages outside the 99.8%% limits, %d outside the 95%% limits%n",
            ranking.indicator().id(), ranking.outliers(false).size(), ranking.outliers(true).size());
    for (var e : ranking.outliers(true)) {
        var r = e.row();
        System.out.printf("  %-13s %-10s %4d of %6d  value %8.4g  limits95 [%.4g, %.4g]  p %.3g  p (BH) %.3g  %s%n",
                r.unit(), e.position().name().toLowerCase(),
                r.numerator().orElse(0), r.denominator().orElse(0), r.valueOrNaN(),
                e.limits95().orElseThrow().lower(), e.limits95().orElseThrow().upper(),
                e.pValue().orElse(Double.NaN), e.pAdjusted().orElse(Double.NaN), r.unitName());
    }
}
System.out.println();
funnel(byRate);

// ---------------------------------------------------------------- clearance rate
var byClearance = Ranking.level(villages, "incidents.clearance_rate", Level.VILLAGE, "criminal");
System.out.println();
System.out.println(byClearance.toString().lines().findFirst().orElseThrow());   // the ranking's title line
System.out.println("The top and the bottom of the raw ranking, with the counts behind them:");
List<Ranking.Entry> ranked = byClearance.entries().stream().filter(e -> e.rank() > 0).toList();
Stream.concat(ranked.stream().limit(5), ranked.stream().skip(Math.max(5, ranked.size() - 5))).forEach(e ->
        System.out.printf("  %3d  %-13s %3d of %3d cleared = %5.1f%%  %-10s %s%n", e.rank(), e.row().unit(),
                e.row().numerator().orElse(0), e.row().denominator().orElse(0),
                100 * e.row().valueOrNaN(), e.position().name().toLowerCase(), e.row().unitName()));
System.out.println("  (" + (byClearance.entries().size() - ranked.size()) + " villages had no criminal case: no rate, ranked last)");
long medianCases = median(ranked.stream().mapToLong(e -> e.row().denominator().orElse(0)).toArray());
System.out.printf("  median criminal cases per village: %d; overall clearance rate %.1f%%%n",
        medianCases, 100 * byClearance.target().orElse(Double.NaN));
System.out.println();
funnel(byClearance);

// Why do the smallest villages top (and tail) the raw ranking?
// Look at the clearance table above: the villages at 100% and at 0% rest on one to three cases,
// while the county's rate rests on hundreds. A rate from a handful of cases swings wildly — 1 of 1
// cleared is 100%, 0 of 1 is 0%; in a village of 1,000 people one criminal case is 10 per 10,000
// and two are 20 — so small villages scatter to both ends of any ranking by chance alone, and
// "the best" and "the worst" are mostly "the smallest". The funnel plot allows for this: its
// limits are wide where the denominator is small and narrow where it is large, so a small village
// must be far out to be flagged, while a large village a little out is flagged — it rests on
// enough cases for the difference to be real. With many villages tested at once, some fall
// outside the 95% limits by chance: quote the BH-adjusted p-value, and act on the 99.8% limits.
// Rank for curiosity; flag with the funnel.

/exit
