// 01 · A first look at the sample
//
//   examples/jshell/run.sh 01-first-look.jsh
//
// The bundled sample is a synthetic city, the same every time: 500 villages and communities,
// 50,000 incidents, 15,000 disputes and 5,000 outreach sessions over 2022–2024. We read it the
// way you would read your own data: from a directory of CSV files, checked row by row.

// The sample's CSV files, copied into a temporary directory (deleted when JShell exits).
// For your own data: var data = Csi.read(Path.of("path/to/your/directory"));
Path dir = BundledSample.extract();
try (var files = Files.list(dir)) {
    System.out.println("Files in " + dir + ":");
    files.sorted().forEach(f -> System.out.printf("  %-20s %,12d bytes%n", f.getFileName(), f.toFile().length()));
}

// Csi.read validates every row and throws, listing every problem at once, if any is bad.
var data = Csi.read(dir);
System.out.println();
System.out.println(data);

// ---------------------------------------------------------------- the jurisdictions
// A tree: city → districts and counties → towns and streets → villages and communities.
var tree = data.tree();
System.out.println();
System.out.println("Units per level");
System.out.printf("  %-10s %6s  %s%n", "level", "units", "");
for (Level level : Level.values()) {
    System.out.printf("  %-10s %6d  %s%n", level, tree.countByLevel().getOrDefault(level, 0), level.labelZh());
}
int city = tree.roots()[0];
System.out.println("  the city: " + tree.unit(city).code() + " " + tree.unit(city).name()
        + ", population " + tree.population(city).orElse(0));

// ---------------------------------------------------------------- records per year
// The aggregation core counts every record into a cube of (unit, period, category) in one pass;
// rolled up the tree, the city's cell holds the whole city.
Period[] years = {Period.ofYear(2022), Period.ofYear(2023), Period.ofYear(2024)};
var yearIndex = PeriodIndex.of(years);
int threads = Runtime.getRuntime().availableProcessors();
var incidents = IncidentAggregation.counts(data.incidents(), yearIndex, threads).rollUp(tree);
var disputes = RecordAggregation.aggregate(data.disputes(), yearIndex, threads).rollUp(tree);
var outreach = RecordAggregation.aggregate(data.outreach(), yearIndex, threads).rollUp(tree);
boolean[] criminal = data.taxonomy().groupMask("criminal");
String cityCode = tree.unit(city).code();

// A cube is read by unit code and period (or, in hot loops, by index: total(measure, unit, period)).
System.out.println();
System.out.println("Records per year, whole city");
System.out.printf("  %-6s %10s %10s %10s %10s%n", "year", "incidents", "criminal", "disputes", "outreach");
for (Period year : years) {
    System.out.printf("  %-6s %10d %10d %10d %10d%n", year,
            incidents.total(IncidentMeasure.COUNT, tree, cityCode, year),
            incidents.sum(IncidentMeasure.COUNT, tree, cityCode, year, criminal),
            disputes.total(DisputeMeasure.RECEIVED, tree, cityCode, year),
            outreach.total(OutreachMeasure.SESSIONS, tree, cityCode, year));
}

// ---------------------------------------------------------------- the city's headline indicators
// 2024 against 2023 (同比), for all records and for criminal cases. Every row carries its 95%
// interval, its change on 2023 and the p-value of that change; "flags" says when a figure rests
// on a small count. (In JShell a line that is a whole statement runs at once: break long
// calls inside their parentheses, never before a dot.)
var query = Indicators.of(data).period("2024").compareYearOnYear().level(Level.CITY).groups("all", "criminal");
var headline = query.compute("incidents.count", "incidents.rate_per_10k", "incidents.clearance_rate",
        "incidents.repeat_call_rate", "units.zero_incident_share",
        "disputes.count", "disputes.resolution_rate", "outreach.sessions", "outreach.audience");
System.out.println();
System.out.println(headline);

// One row, up close: everything the table above shortens.
System.out.println(headline.get("incidents.count", tree.unit(city).code(), "criminal"));

// Every indicator in the catalogue (compute() with no ids computes them all):
System.out.println();
System.out.println("The catalogue");
for (Indicator i : Indicator.values()) {
    System.out.printf("  %-38s %-42s %s%n", i.id(), i.nameEn(), i.nameZh());
}

// Next: 02-district-yoy.jsh, a year-on-year report for one district.
/exit
