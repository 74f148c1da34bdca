// 02 · A year-on-year (同比) report for one district
//
//   examples/jshell/run.sh 02-district-yoy.jsh
//
// 2024 against 2023 for one district: each indicator with its change, the p-value of the change
// and whether it is significant, then the sentences a report would print, in Chinese and English.

var data = Csi.sample();                      // the standard sample, generated in memory
String district = "330102";                   // change to any district or county code
var tree = data.tree();
System.out.println("District " + district + " " + tree.unit(district).name());

// ---------------------------------------------------------------- the figures
var query = Indicators.of(data).period("2024").compareYearOnYear().unit(district).level(Level.DISTRICT);
var report = query.groups("all", "criminal", "theft").compute(
        "incidents.count", "incidents.rate_per_10k", "incidents.clearance_rate", "incidents.repeat_call_rate",
        "units.zero_incident_share", "disputes.count", "disputes.resolution_rate", "disputes.conclusion_rate",
        "outreach.sessions", "outreach.audience");

// Numbers for people: whole numbers without decimals, others to 4 significant digits.
String fmt(OptionalDouble v) {
    if (v.isEmpty()) return "—";
    double x = v.getAsDouble();
    return x == Math.rint(x) ? String.format("%d", (long) x) : String.format("%.4g", x);
}

// A row per (indicator, group): 2024, 2023, the change in percent (and in percentage points for a
// proportion), the p-value of the test and whether p < 0.05. Proportions are shown as fractions.
System.out.println();
System.out.printf("%-28s %-9s %10s %10s %8s %8s %7s  %s%n",
        "indicator", "group", "2024", "2023", "change", "points", "p", "significant");
for (IndicatorRow row : report) {
    var change = row.change().orElseThrow();  // every row has one: we asked for a comparison
    System.out.printf("%-28s %-9s %10s %10s %8s %8s %7s  %s%n",
            row.indicator().id(), row.group(),
            fmt(row.value()), fmt(change.baselineValue()),
            change.percent().isPresent() ? String.format("%+.1f%%", change.percent().getAsDouble()) : "n/a",
            change.points().isPresent() ? String.format("%+.1f", change.points().getAsDouble()) : "",
            change.pValue().isPresent() ? String.format("%.3g", change.pValue().getAsDouble()) : "",
            change.pValue().isEmpty() ? "untested" : change.significant() ? "significant" : "not significant");
}
// Flags say what to be careful with (small_count: fewer than 10 records behind the figure).
report.stream().filter(r -> !r.flags().isEmpty()).forEach(r -> System.out.println("  note: " + r));

// ---------------------------------------------------------------- the sentences
// Phrasing writes the changes as reports do: one decimal, half up, computed from the exact counts.
// NOTE_IF_NOT_SIGNIFICANT adds "（变化不显著）" / "(not a significant change)" where the test says so,
// so that no change is claimed that the data do not support.
var zh = Phrasing.zh().withSignificance(SignificanceStyle.NOTE_IF_NOT_SIGNIFICANT);
var en = Phrasing.en().withSignificance(SignificanceStyle.NOTE_IF_NOT_SIGNIFICANT);
Map<String, String> groupZh = Map.of("all", "", "criminal", "刑事案件", "theft", "盗窃类案件");
Map<String, String> groupEn = Map.of("all", "", "criminal", "criminal ", "theft", "theft ");
String name = tree.unit(district).name();

System.out.println();
System.out.println("In Chinese and English:");
for (IndicatorRow row : report) {
    String g = row.group().toString();
    zh.change(row).ifPresent(c -> System.out.println("  " + zh.sentence(name + groupZh.get(g) + row.indicator().nameZh(), c)));
    en.change(row).ifPresent(c -> System.out.println("  " + en.sentence(groupEn.get(g) + row.indicator().nameEn() + " in " + name, c)));
}

// Whole sentences for the common patterns, from the rows' exact counts.
var disputes = report.get("disputes.resolution_rate", district, "all");
var zero = report.get("units.zero_incident_share", district, "criminal");
System.out.println();
for (var p : List.of(zh, en)) {
    System.out.println("  " + p.disputesResolved(disputes.denominator().getAsLong(), disputes.numerator().getAsLong()));
    p.zeroIncidentShare(zero).ifPresent(s -> System.out.println("  " + s));
    p.pointsChange(disputes).ifPresent(s -> System.out.println("  " + p.sentence(p == zh ? "调解成功率" : "resolution rate", s)));
}

// ---------------------------------------------------------------- streaks in the monthly series
// Criminal incidents by month, 2022–2024, from the aggregation core; the series finds what
// reports like to say about its last month: streaks of months down on the year before, turns, records.
var months = PeriodIndex.monthsOf(2022, 2024);
var monthly = IncidentAggregation.counts(data.incidents(), months, Runtime.getRuntime().availableProcessors()).rollUp(tree);
boolean[] criminal = data.taxonomy().groupMask("criminal");
int d = tree.indexOf(district);
long[] counts = IntStream.range(0, months.size()).mapToLong(m -> monthly.sum(IncidentMeasure.COUNT, d, m, criminal)).toArray();
var series = MonthlySeries.of(months.period(0), counts);
System.out.println();
System.out.println("Criminal incidents by month, " + months.period(0) + " to " + months.period(months.size() - 1) + ": " + Arrays.toString(counts));
System.out.println("  streak down on the year before: " + series.streak(MonthlySeries.Basis.YEAR_ON_YEAR, MonthlySeries.Direction.DOWN) + " months");
System.out.println("  " + String.join("，", Phrasing.zh().highlights(series)));
System.out.println("  " + String.join("; ", Phrasing.en().highlights(series)));

/exit
