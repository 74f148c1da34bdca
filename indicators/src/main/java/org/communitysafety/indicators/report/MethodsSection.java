package org.communitysafety.indicators.report;

import java.util.ArrayList;
import java.util.List;
import org.communitysafety.indicators.FunnelLimits;
import org.communitysafety.indicators.Indicator;
import org.communitysafety.indicators.phrasing.Language;

/**
 * The methods appendix: every indicator's definition from the catalogue's metadata
 * ({@link Indicator#definitionZh()}, {@link Indicator#definitionEn()}) with the interval and
 * test its figures carry ({@link Indicator.Statistic}), then how the statistics and the funnel
 * plot were made, stated as they are — including where the funnel's limits differ from PHE's
 * Fingertips.
 */
final class MethodsSection {

    private MethodsSection() {}

    static Report.Section of(ReportContext cx) {
        List<List<String>> rows = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            rows.add(List.of(cx.indicatorNameWithUnit(i, ReportContext.ALL),
                    cx.language() == Language.ZH ? i.definitionZh() : i.definitionEn(),
                    cx.text("methods.statistic." + i.statistic().name())));
        }
        long suppress = cx.spec().indicators.settings().suppressBelow();
        List<String> paragraphs = List.of(cx.text("methods.intervals", "level", cx.level()),
                cx.text("methods.tests", "alpha", cx.alpha()),
                cx.text(cx.spec().indicators.settings().funnelLimits() == FunnelLimits.SCORE ? "methods.funnel.score"
                        : "methods.funnel"),
                suppress > 0 ? cx.text("methods.suppressed", "threshold", suppress) : cx.text("methods.smallCounts"));
        return new Report.Section("methods", cx.text("methods.title"), paragraphs,
                List.of(Report.Table.of(cx.text("methods.table"), cx.list("methods.header"), rows, List.of())),
                List.of());
    }
}
