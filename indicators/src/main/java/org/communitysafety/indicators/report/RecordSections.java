package org.communitysafety.indicators.report;

import static org.communitysafety.indicators.report.ReportContext.ALL;
import static org.communitysafety.indicators.report.ReportContext.CRIMINAL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import org.communitysafety.indicators.Indicator;
import java.util.List;
import java.util.Map;
import org.communitysafety.core.taxonomy.Category;
import org.communitysafety.core.taxonomy.Taxonomy;
import org.communitysafety.indicators.phrasing.Measure;

/** The sections of the three record kinds: incidents, disputes and outreach, each an indicator table. */
final class RecordSections {

    private RecordSections() {}

    static Report.Section incidents(ReportContext cx) {
        List<String[]> key = rows(CRIMINAL, "incidents.count:all", "incidents.count", "incidents.rate_per_10k",
                "incidents.clearance_rate", "incidents.clearances_in_period_rate", "incidents.repeat_call_rate:all",
                "incidents.median_days_to_clear:all", "incidents.loss", "incidents.recovered");
        List<String> criminalNotes = new ArrayList<>();
        List<String[]> criminal = groupRows(cx, true, criminalNotes);
        List<String> otherNotes = new ArrayList<>();
        List<String[]> other = groupRows(cx, false, otherNotes);
        List<String> paragraphs = new ArrayList<>();
        cx.row("incidents.count", ALL).ifPresent(r -> paragraphs.add(cx.text("incidents.all",
                "count", cx.clauses(cx.exact().count(cx.count("incidents.count", ALL), Measure.INCIDENTS),
                        cx.phrasing().change(r)))));
        paragraphs.add(cx.text("incidents.clearanceNote"));
        return new Report.Section("incidents", cx.text("incidents.title"), paragraphs,
                List.of(cx.indicatorTable(cx.text("incidents.table.key"), key),
                        cx.indicatorTable(cx.text("incidents.table.criminalGroups"), criminal, criminalNotes),
                        cx.indicatorTable(cx.text("incidents.table.otherGroups"), other, otherNotes)),
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

    /**
     * The incident counts by group and category of one kind — criminal cases (刑事案件), or
     * public-order cases and the other calls (治安案件与其他警情) — groups first, then categories,
     * each largest first in the period (then by code): a group or category with the same
     * categories as one already listed is not listed again (a category that is a group's only
     * one, or two groups of the same categories such as “两抢” and 接触性侵财, named in a note).
     */
    private static List<String[]> groupRows(ReportContext cx, boolean criminal, List<String> notes) {
        Taxonomy taxonomy = cx.taxonomy();
        Comparator<String> largestFirst = Comparator.<String>comparingLong(g -> -cx.count("incidents.count", g))
                .thenComparing(g -> g);
        List<String> groups = taxonomy.groups().stream()
                .filter(g -> !g.equals(CRIMINAL) && !taxonomy.group(g).isEmpty()
                        && taxonomy.group(g).stream().allMatch(Category::criminal) == criminal)
                .sorted(largestFirst).toList();
        List<String> categories = taxonomy.categories().stream().filter(c -> c.criminal() == criminal)
                .map(c -> ReportContext.CATEGORY + c.code()).sorted(largestFirst).toList();
        Map<List<Boolean>, String> listed = new HashMap<>();
        List<String[]> rows = new ArrayList<>();
        for (String g : groups) {
            String same = listed.putIfAbsent(mask(taxonomy, taxonomy.groupMask(g)), g);
            if (same == null) {
                rows.add(new String[] {"incidents.count", g});
            } else {
                notes.add(cx.text("incidents.sameGroups", "group", cx.groupLabel(g), "listed", cx.groupLabel(same)));
            }
        }
        Set<String> groupNames = new HashSet<>();
        rows.forEach(r -> groupNames.add(cx.indicatorName(Indicator.INCIDENTS_COUNT, r[1])));
        for (String c : categories) {
            boolean[] m = new boolean[taxonomy.size()];
            m[taxonomy.indexOf(c.substring(ReportContext.CATEGORY.length()))] = true;
            if (listed.putIfAbsent(mask(taxonomy, m), c) == null) {
                String name = cx.indicatorName(Indicator.INCIDENTS_COUNT, c);
                // a category named as a group is (fraud, fraud: the group holds telecom fraud too): say which
                rows.add(groupNames.contains(name)
                        ? new String[] {"incidents.count", c, cx.indicatorName(Indicator.INCIDENTS_COUNT, c,
                                cx.text("incidents.categoryRow", "category", cx.groupLabel(c)))}
                        : new String[] {"incidents.count", c});
            }
        }
        return rows;
    }

    private static List<Boolean> mask(Taxonomy taxonomy, boolean[] mask) {
        List<Boolean> m = new ArrayList<>(taxonomy.size());
        for (boolean b : mask) {
            m.add(b);
        }
        return m;
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
