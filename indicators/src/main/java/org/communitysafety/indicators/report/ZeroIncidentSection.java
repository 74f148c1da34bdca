package org.communitysafety.indicators.report;

import static org.communitysafety.indicators.report.ReportContext.CRIMINAL;
import static org.communitysafety.indicators.report.ReportContext.NONE;

import java.util.ArrayList;
import java.util.List;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.period.PeriodKind;

/**
 * The villages and communities with no criminal case in the period: their share against the
 * share chance alone would give, and how many years in a row each has had none. The section lists
 * the first {@code listLimit} of them; when there are more, an appendix at the end of the report
 * lists every one, so that a reader can find any village by name or code — up to
 * {@code appendixLimit} (10,000), past which it says how many it left out and how to get them all
 * from the tidy rows.
 */
final class ZeroIncidentSection {

    private ZeroIncidentSection() {}

    /** The section, and the appendix of every zero-incident unit when the section could not list them all. */
    record Parts(Report.Section section, java.util.Optional<Report.Section> appendix) {}

    static Parts of(ReportContext cx, MonthlyCounts monthly) {
        List<String> paragraphs = new ArrayList<>();
        cx.row("units.zero_incident_share", CRIMINAL).ifPresent(r -> {
            cx.phrasing().zeroIncidentShare(r).ifPresent(s -> paragraphs.add(cx.text("zero.share", "sentence", s,
                    "zero", r.numerator().orElse(0), "units", r.denominator().orElse(0))));
            cx.row("units.expected_zero_share", CRIMINAL).filter(e -> e.value().isPresent()).ifPresent(e ->
                    paragraphs.add(cx.text("zero.expected", "share", ReportContext.percent(e.value().getAsDouble()))));
        });
        // zero in each of the last years, as far back as the data reach
        int years = MonthlyCounts.YEARS;
        JurisdictionTree tree = cx.tree();
        boolean wholeYear = cx.period().kind() == PeriodKind.YEAR;
        // rows are made for as many units as the section and the appendix can show, not for every one
        int shown = Math.max(cx.spec().listLimit, cx.spec().appendixLimit);
        List<List<String>> cells = new ArrayList<>();
        int zeroNow = 0;
        int always = 0;
        for (int leaf : tree.leavesUnder(cx.unit())) {
            Jurisdiction j = tree.unit(leaf);
            boolean zeroInPeriod = cx.yoy().find("incidents.count", j.code(), CRIMINAL)
                    .map(r -> r.value().orElse(-1) == 0).orElse(false);
            if (!zeroInPeriod) {
                continue;
            }
            zeroNow++;
            int run = 0;
            for (int y = years - 1; y >= 0 && monthly.covered(y) && monthly.criminalInYear(j.code(), y) == 0; y--) {
                run++;
            }
            if (run == years) {
                always++;
            }
            if (cells.size() < shown) {
                String parent = tree.parent(leaf) >= 0 ? tree.unit(tree.parent(leaf)).name() : "";
                cells.add(List.of(j.name(), parent, j.code(),
                        wholeYear ? cx.plural("zero.run", run, "years", run) : NONE));
            }
        }
        List<List<String>> listed = cells.subList(0, Math.min(cells.size(), cx.spec().listLimit));
        if (zeroNow > 0 && wholeYear) {
            paragraphs.add(cx.text("zero.always", "always", always, "years", years));
        }
        List<String> notes = new ArrayList<>();
        java.util.Optional<Report.Section> appendix = java.util.Optional.empty();
        if (zeroNow > listed.size()) {
            notes.add(cx.text("zero.more", "more", zeroNow - listed.size()));
            List<List<String>> all = cells.subList(0, Math.min(cells.size(), cx.spec().appendixLimit));
            List<String> left = zeroNow > all.size()
                    ? List.of(cx.text("zero.appendix.more", "listed", all.size(), "more", zeroNow - all.size()))
                    : List.of();
            appendix = java.util.Optional.of(new Report.Section("zero-all", cx.text("zero.appendix.title"), List.of(),
                    List.of(Report.Table.of(cx.text("zero.table"), cx.list("zero.header"), all, left)),
                    List.of()));
        }
        return new Parts(new Report.Section("zero", cx.text("zero.title"), paragraphs,
                List.of(Report.Table.of(cx.text("zero.table"), cx.list("zero.header"), listed, notes)),
                List.of()), appendix);
    }
}
