package org.communitysafety.indicators.report;

import static org.communitysafety.indicators.report.ReportContext.ALL;
import static org.communitysafety.indicators.report.ReportContext.CRIMINAL;

import java.util.ArrayList;
import java.util.List;
import org.communitysafety.indicators.phrasing.Measure;

/** The sections of the three record kinds: incidents, disputes and outreach, each an indicator table. */
final class RecordSections {

    private RecordSections() {}

    static Report.Section incidents(ReportContext cx) {
        List<String[]> key = rows(CRIMINAL, "incidents.count:all", "incidents.count", "incidents.rate_per_10k",
                "incidents.clearance_rate", "incidents.clearances_in_period_rate", "incidents.repeat_call_rate:all",
                "incidents.median_days_to_clear:all", "incidents.loss", "incidents.recovered");
        List<String[]> groups = new ArrayList<>();
        for (String g : cx.taxonomy().groups()) {
            if (!g.equals(CRIMINAL)) {
                groups.add(new String[] {"incidents.count", g});
            }
        }
        List<String> paragraphs = new ArrayList<>();
        cx.row("incidents.count", ALL).ifPresent(r -> paragraphs.add(cx.text("incidents.all",
                "count", cx.clauses(cx.exact().count(cx.count("incidents.count", ALL), Measure.INCIDENTS),
                        cx.phrasing().change(r)))));
        paragraphs.add(cx.text("incidents.clearanceNote"));
        return new Report.Section("incidents", cx.text("incidents.title"), paragraphs,
                List.of(cx.indicatorTable(cx.text("incidents.table.key"), key),
                        cx.indicatorTable(cx.text("incidents.table.groups"), groups)),
                List.of());
    }

    static Report.Section disputes(ReportContext cx) {
        List<String[]> rows = rows(ALL, "disputes.count", "disputes.resolution_rate", "disputes.success_rate",
                "disputes.conclusion_rate", "disputes.opening_backlog", "disputes.concluded", "disputes.backlog",
                "disputes.old_backlog", "disputes.median_days_to_close", "disputes.amount");
        List<String> paragraphs = new ArrayList<>();
        long received = cx.count("disputes.count", ALL);
        cx.row("disputes.conclusion_rate", ALL).filter(r -> r.numerator().isPresent() && received > 0)
                .ifPresent(r -> paragraphs.add(cx.phrasing().disputesConcluded(received, r.numerator().getAsLong())));
        paragraphs.add(cx.text("disputes.ledgerNote"));
        return new Report.Section("disputes", cx.text("disputes.title"), paragraphs,
                List.of(cx.indicatorTable(cx.text("disputes.table"), rows)), List.of());
    }

    static Report.Section outreach(ReportContext cx) {
        List<String[]> rows = rows(ALL, "outreach.sessions", "outreach.audience", "outreach.households",
                "outreach.leads", "outreach.frauds_stopped", "outreach.loss_avoided", "outreach.audience_per_capita",
                "outreach.hazard_fix_rate");
        return new Report.Section("outreach", cx.text("outreach.title"), List.of(),
                List.of(cx.indicatorTable(cx.text("outreach.table"), rows)), List.of());
    }

    /** Rows of a table: each id with {@code group}, or with the group after a colon ({@code incidents.count:all}). */
    private static List<String[]> rows(String group, String... ids) {
        List<String[]> rows = new ArrayList<>();
        for (String id : ids) {
            int colon = id.indexOf(':');
            rows.add(colon < 0 ? new String[] {id, group} : new String[] {id.substring(0, colon), id.substring(colon + 1)});
        }
        return rows;
    }
}
