package org.communitysafety.indicators.report;

import java.util.ArrayList;
import java.util.List;
import org.communitysafety.core.io.Problem;
import org.communitysafety.indicators.Flag;
import org.communitysafety.indicators.Results;

/** What the data were and how the figures were made: rows read and rejected, small counts, the methods. */
final class QualitySection {

    /** The problems named before "the rest in csi validate". */
    private static final int PROBLEMS_SHOWN = 10;

    private QualitySection() {}

    static Report.Section of(ReportContext cx) {
        List<String> paragraphs = new ArrayList<>();
        cx.spec().readReport.ifPresent(r -> {
            paragraphs.add(cx.text("quality.rows", "read", ReportContext.grouped(r.rowsRead()),
                    "accepted", ReportContext.grouped(r.rowsAccepted()),
                    "rejected", ReportContext.grouped(r.rowsRejected())));
            int shown = 0;
            for (Problem problem : r.problems()) {
                if (shown++ == PROBLEMS_SHOWN) {
                    paragraphs.add(cx.text("quality.moreProblems"));
                    break;
                }
                paragraphs.add(problem.toString());
            }
        });
        Results yoy = cx.yoy();
        long small = yoy.stream().filter(r -> r.has(Flag.SMALL_COUNT)).count();
        long noPopulation = yoy.stream().filter(r -> r.has(Flag.NO_POPULATION)).count();
        paragraphs.add(cx.text("quality.figures", "figures", ReportContext.grouped(yoy.size()),
                "small", ReportContext.grouped(small), "noPopulation", ReportContext.grouped(noPopulation)));
        paragraphs.add(cx.text("quality.methods"));
        return new Report.Section("quality", cx.text("quality.title"), paragraphs, List.of(), List.of());
    }
}
