package org.communitysafety.indicators.report;

import java.util.ArrayList;
import java.util.List;
import org.communitysafety.core.io.FileSummary;
import org.communitysafety.core.io.Problem;
import org.communitysafety.indicators.IndicatorRow;
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
            List<String> files = new ArrayList<>();
            for (FileSummary f : r.files()) {
                if (f.rejected() > 0) {
                    files.add(cx.text("quality.fileRejected", "file", f.file(),
                            "rejected", ReportContext.grouped(f.rejected()), "read", ReportContext.grouped(f.rowsRead())));
                }
            }
            paragraphs.add(files.isEmpty() ? cx.text("quality.noneRejected")
                    : cx.text("quality.rejectedByFile", "files", cx.join(files)));
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
        // one pass over the rows, each made once (a catalogue at 10M incidents has 1.5 million):
        // all the figures, and those of the lowest level, where small numbers are the rule
        long small = 0;
        long noPopulation = 0;
        long leafFigures = 0;
        long leafSmall = 0;
        for (IndicatorRow row : yoy) {
            boolean isSmall = row.has(Flag.SMALL_COUNT);
            small += isSmall ? 1 : 0;
            noPopulation += row.has(Flag.NO_POPULATION) ? 1 : 0;
            int u = cx.tree().indexOf(row.unit());
            if (cx.tree().childCount(u) == 0 && row.value().isPresent()) {
                leafFigures++;
                leafSmall += isSmall ? 1 : 0;
            }
        }
        paragraphs.add(cx.text("quality.figures", "figures", ReportContext.grouped(yoy.size()),
                "small", ReportContext.grouped(small), "noPopulation", ReportContext.grouped(noPopulation)));
        if (leafFigures > 0) {
            paragraphs.add(cx.text("quality.leafFigures", "figures", ReportContext.grouped(leafFigures),
                    "small", ReportContext.grouped(leafSmall),
                    "share", cx.exact().percent(leafSmall, leafFigures)));
        }
        paragraphs.add(cx.text("quality.methods", "level", cx.level(), "alpha", cx.alpha()));
        return new Report.Section("quality", cx.text("quality.title"), paragraphs, List.of(), List.of());
    }
}
