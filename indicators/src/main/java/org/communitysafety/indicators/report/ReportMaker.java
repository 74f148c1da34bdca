package org.communitysafety.indicators.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.period.PeriodKind;
import org.communitysafety.indicators.Indicator;
import org.communitysafety.indicators.Indicators;
import org.communitysafety.indicators.Results;
import org.communitysafety.indicators.phrasing.Phrasing;

/**
 * Asks {@link Indicators} for the figures of a {@link Report} and has each section render them:
 * {@link Headlines}, {@link RecordSections}, {@link ChildrenSection}, {@link ZeroIncidentSection},
 * {@link TrendsSection}, {@link QualitySection}. Used once.
 */
final class ReportMaker {

    private final Report.Builder spec;
    private final String code;
    private final Period period;

    ReportMaker(Report.Builder spec, String code, Period period) {
        this.spec = spec;
        this.code = code;
        this.period = period;
    }

    Report make() {
        JurisdictionTree tree = spec.indicators.tree();
        Indicators base = spec.indicators.period(period).unit(code);
        if (spec.threads.isPresent()) {
            base = base.threads(spec.threads.getAsInt());
        }
        Results yoy = base.compareYearOnYear().computeAll();
        Optional<Results> pop = Optional.empty();
        if (period.kind() != PeriodKind.YEAR) {
            pop = Optional.of(base.comparePeriodOverPeriod().funnelFlags(false)
                    .groups(ReportContext.ALL, ReportContext.CRIMINAL).compute(tableIndicators()));
        }
        ReportContext cx = ReportContext.of(spec, tree, spec.indicators.taxonomy(), code, period, yoy, pop);
        MonthlyCounts monthly = MonthlyCounts.of(base, code, period);
        List<String> trends = TrendsSection.highlights(cx, monthly);   // in the headlines and the trends section
        List<Report.Section> sections = new ArrayList<>();
        sections.add(RecordSections.incidents(cx));
        sections.add(RecordSections.disputes(cx));
        sections.add(RecordSections.outreach(cx));
        if (tree.childCount(cx.unit()) > 0) {
            sections.add(ChildrenSection.of(cx));
        }
        ZeroIncidentSection.Parts zero = ZeroIncidentSection.of(cx, monthly);
        sections.add(zero.section());
        sections.add(TrendsSection.of(cx, monthly, trends));
        sections.add(QualitySection.of(cx));
        zero.appendix().ifPresent(sections::add);   // every zero-incident village, after the report proper
        sections.add(MethodsSection.of(cx));        // the definitions and methods, last
        Phrasing ph = cx.phrasing();
        String title = cx.text("title", "unit", cx.unitLabel(cx.jurisdiction().name(), cx.jurisdiction().code()),
                "period", ph.period(period));
        String subtitle = pop.isPresent()
                ? cx.text("subtitle.yoyPop", "yearEarlier", ph.period(period.yearEarlier()),
                        "previous", ph.period(period.previous()), "period", ph.period(period))
                : cx.text("subtitle.yoy", "yearEarlier", ph.period(period.yearEarlier()), "period", ph.period(period));
        List<String> headlines = Headlines.of(cx, trends);
        return new Report(spec.language, title, subtitle, code, period, headlines, sections,
                new Report.Masthead(spec.issuer, spec.documentNumber, spec.issuedOn));
    }

    /** The indicators of the tables: all but those over units (zero-incident shares). */
    private static String[] tableIndicators() {
        List<String> ids = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            if (i.source() != Indicator.Source.UNITS) {
                ids.add(i.id());
            }
        }
        return ids.toArray(String[]::new);
    }
}
