package org.communitysafety.indicators.report;

import static org.communitysafety.indicators.report.ReportContext.ALL;
import static org.communitysafety.indicators.report.ReportContext.CRIMINAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communitysafety.indicators.phrasing.Measure;
import org.communitysafety.indicators.phrasing.Phrasing;

/** The headline sentences at the top of a report: each figure phrased, in the order bureaus give them. */
final class Headlines {

    private Headlines() {}

    static List<String> of(ReportContext cx, List<String> trendHighlights) {
        Phrasing ph = cx.phrasing();
        List<String> lines = new ArrayList<>();
        cx.row("incidents.count", CRIMINAL).ifPresent(r -> {
            String count = ph.count(cx.count("incidents.count", CRIMINAL), Measure.INCIDENTS);
            lines.add(cx.clauses(cx.text("headline.criminal", "unit",
                    cx.unitLabel(cx.jurisdiction().name(), cx.jurisdiction().code()),
                    "period", ph.period(cx.period()), "count", count), ph.change(r)));
        });
        cx.row("incidents.count", "theft").ifPresent(r -> ph.change(r).ifPresent(c -> lines.add(
                ph.sentence(cx.text("headline.theft"), c))));
        cx.row("incidents.clearance_rate", CRIMINAL).filter(r -> r.numerator().isPresent() && r.denominator()
                .orElse(0) > 0).ifPresent(r -> lines.add(ph.sentence(cx.text("headline.clearance"),
                cx.clauses(cx.text("headline.clearance.value",
                        "rate", cx.exact().percent(r.numerator().getAsLong(), r.denominator().getAsLong())),
                        ph.pointsChange(r)))));
        cx.row("units.zero_incident_share", CRIMINAL).flatMap(ph::zeroIncidentShare).ifPresent(s -> lines.add(
                cx.row("units.expected_zero_share", CRIMINAL).flatMap(e -> e.value().isPresent()
                        ? Optional.of(ReportContext.percent(e.value().getAsDouble())) : Optional.empty())
                        .map(e -> cx.text("headline.zero.expected", "sentence", s, "share", e))
                        .orElse(s)));
        long received = cx.count("disputes.count", ALL);
        cx.row("disputes.resolution_rate", ALL).filter(r -> r.numerator().isPresent() && received > 0)
                .ifPresent(r -> lines.add(ph.disputesResolved(received, r.numerator().getAsLong())));
        cx.row("disputes.old_backlog", ALL).ifPresent(r -> ph.change(r).ifPresent(c -> lines.add(
                ph.sentence(cx.text("headline.oldBacklog"), c))));
        long sessions = cx.count("outreach.sessions", ALL);
        if (sessions > 0) {
            lines.add(ph.outreach(sessions, cx.count("outreach.audience", ALL)));
        }
        long frauds = cx.count("outreach.frauds_stopped", ALL);
        if (frauds > 0) {
            long yuan = cx.row("outreach.loss_avoided", ALL).map(r -> (long) r.value().orElse(0)).orElse(0L);
            lines.add(ph.fraudsStopped(frauds, yuan));
        }
        lines.addAll(trendHighlights);
        return lines;
    }
}
