// 04 · Zero-incident villages (零发案)
//
//   examples/jshell/run.sh 04-zero-incident.jsh
//
// "全市79.5%的村（社区）实现刑事案件零发案": the share of villages and communities with no criminal
// case. Is a district's share high because its work paid off, or because its villages are small?
// Chance alone gives a small village a good chance of a year without a case; the indicator
// units.expected_zero_share says how large a share chance would give, village by village, at the
// district's own rate. Then: which villages were free of criminal cases three years running?

var data = Csi.sample();
var tree = data.tree();

// ---------------------------------------------------------------- share per district vs chance
var query = Indicators.of(data).period("2024").compareYearOnYear().groups("criminal");
var zero = query.compute("units.zero_incident_share", "units.expected_zero_share");

// For each district (and the city): villages, villages with no criminal case in 2024, the share,
// what chance alone would give, and the difference in percentage points. A share well above
// chance is the interesting one; a share near chance is what the district's rate and village
// sizes predict anyway.
System.out.printf("%-8s %8s %6s %8s %9s %8s  %s%n", "unit", "villages", "zero", "share", "expected", "points", "name");
for (Level level : List.of(Level.CITY, Level.DISTRICT)) {
    for (IndicatorRow share : zero.indicator("units.zero_incident_share").level(level)) {
        var expected = zero.get("units.expected_zero_share", share.unit(), "criminal");
        System.out.printf("%-8s %8d %6d %7.1f%% %8.1f%% %+8.1f  %s%n", share.unit(),
                share.denominator().orElse(0), share.numerator().orElse(0),
                100 * share.valueOrNaN(), 100 * expected.valueOrNaN(),
                100 * (share.valueOrNaN() - expected.valueOrNaN()), share.unitName());
    }
}

// The sentence reports print, for the city and for each district, with the change on 2023 in
// percentage points. The scope word (全市, 全区, 全县) is taken from the unit's name here, since a
// county and a district are the same level of the tree.
System.out.println();
var zh = Phrasing.zh();
for (IndicatorRow share : zero.indicator("units.zero_incident_share").filter(r -> r.level() == Level.CITY || r.level() == Level.DISTRICT)) {
    String name = share.unitName();
    String scope = share.level() == Level.CITY ? "市" : name.substring(name.length() - 1);
    String sentence = zh.zeroIncidentShare(scope, share.numerator().getAsLong(), share.denominator().getAsLong());
    String change = zh.pointsChange(share).map(c -> "，" + c).orElse("");
    System.out.println("  " + name + "：" + sentence + change);
}
var cityShare = zero.get("units.zero_incident_share", tree.unit(tree.roots()[0]).code(), "criminal");
System.out.println("  " + Phrasing.en().zeroIncidentShare(cityShare).orElse("—")
        + Phrasing.en().pointsChange(cityShare).map(c -> ", " + c).orElse(""));

// ---------------------------------------------------------------- zero three years running
// From the aggregation core: criminal incidents per village in each of 2022, 2023 and 2024, in
// one pass over the incidents. A village is a leaf of the tree, so its own count is its figure.
Period[] years = {Period.ofYear(2022), Period.ofYear(2023), Period.ofYear(2024)};
var cube = IncidentAggregation.counts(data.incidents(), PeriodIndex.of(years), Runtime.getRuntime().availableProcessors());
boolean[] criminal = data.taxonomy().groupMask("criminal");
int[] villages = tree.atLevel(Level.VILLAGE);
List<Integer> allThree = new ArrayList<>();
for (int v : villages) {
    boolean none = true;
    for (int y = 0; y < years.length; y++) {
        none &= cube.sum(IncidentMeasure.COUNT, v, y, criminal) == 0;
    }
    if (none) allThree.add(v);
}
System.out.println();
System.out.println("Villages with zero criminal incidents in each of 2022, 2023 and 2024: " + allThree.size()
        + " of " + villages.length);

// Per district, with the villages' names.
for (int d : tree.atLevel(Level.DISTRICT)) {
    var mine = allThree.stream().filter(v -> tree.isInSubtree(v, d)).toList();
    System.out.printf("  %-8s %3d of %3d villages  %s: %s%n", tree.unit(d).code(), mine.size(), tree.leavesUnder(d).length,
            tree.unit(d).name(), mine.stream().map(v -> tree.unit(v).name()).collect(Collectors.joining("、")));
}
// Mostly small villages, as chance predicts: compare the populations.
long[] pops = Arrays.stream(villages).mapToLong(v -> tree.population(v).orElse(0)).sorted().toArray();
long[] zeroPops = allThree.stream().mapToLong(v -> tree.population(v).orElse(0)).sorted().toArray();
System.out.printf("  median population: %d for these villages, %d for all villages%n",
        zeroPops.length == 0 ? 0 : zeroPops[zeroPops.length / 2], pops[pops.length / 2]);

/exit
