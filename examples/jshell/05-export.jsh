// 05 · Results as a Tablesaw table, and exported to CSV
//
//   examples/jshell/run.sh 05-export.jsh
//
// Results are tidy rows — one per (indicator, unit, period, group) — so they go straight into a
// data frame (Tablesaw) to filter and sort, and out to CSV or JSON for a spreadsheet, R or pandas.

import tech.tablesaw.api.*;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;
// Tablesaw is optional in csi-indicators: the table comes from its interop package
import org.communitysafety.indicators.interop.tablesaw.ResultsTables;

var data = Csi.sample();
var query = Indicators.of(data).period("2024").compareYearOnYear().level(Level.VILLAGE).groups("all", "criminal");
var results = query.compute("incidents.count", "incidents.rate_per_10k", "incidents.clearance_rate");

// ---------------------------------------------------------------- a Tablesaw table
// The columns are Results.COLUMNS: the same as the CSV header and the JSON keys. Empty values
// (an undefined rate, a change without a p-value) are missing values, not zeros or NaNs.
Table table = ResultsTables.of(results);
System.out.println(table.shape());
System.out.println(table.structure().print());

// Filter: criminal incidents per 10,000 residents; sort by value, highest first; keep a few columns.
var criminalRate = table.stringColumn("indicator").isEqualTo("incidents.rate_per_10k").and(
        table.stringColumn("group").isEqualTo("criminal"));
Table criminalRates = table.where(criminalRate).sortDescendingOn("value").selectColumns(
        "unit", "unitName", "value", "lower", "upper", "baselineValue", "changePct", "flags");
// Print the numbers to two decimals (the values themselves keep full precision).
for (String c : List.of("value", "lower", "upper", "baselineValue", "changePct")) {
    criminalRates.doubleColumn(c).setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(2));
}
System.out.println(criminalRates.shape());
System.out.println(criminalRates.first(10).print());

// Criminal incidents per 10,000 in the villages of each district: median and highest.
// A summary by district: the unit code's first six digits are its district's code.
StringColumn district = criminalRates.stringColumn("unit").substring(0, 6).setName("district");
criminalRates.addColumns(district);
Table byDistrict = criminalRates.summarize("value", AggregateFunctions.median, AggregateFunctions.max).by("district");
byDistrict.numericColumns().forEach(c -> c.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(1)));
System.out.println(byDistrict.sortOn("district").print());

// ---------------------------------------------------------------- CSV
// Every row of the results, as `csi report --format csv` writes them, then the filtered table.
Path out = Files.createTempDirectory("csi-export");
Path all = out.resolve("villages-2024.csv");
results.writeCsv(all);
Path top = out.resolve("criminal-rates-2024.csv");
criminalRates.write().csv(top.toString());

for (Path file : List.of(all, top)) {
    System.out.printf("%nWrote %s (%,d bytes); its first lines:%n", file, Files.size(file));
    try (var lines = Files.lines(file)) {
        lines.limit(4).forEach(line -> System.out.println("  " + line));
    }
}

// The same rows as JSON, {"period": "2024", "baseline": "2023", "rows": [...]}, for a web page
// or a report generator: results.writeJson(out.resolve("villages-2024.json")), or results.toJson().
// To read a CSV back into Tablesaw: Table.read().csv(all.toString()).

/exit
