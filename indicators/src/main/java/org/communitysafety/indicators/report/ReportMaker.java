package org.communitysafety.indicators.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.aggregate.Cube;
import org.communitysafety.core.aggregate.DisputeMeasure;
import org.communitysafety.core.aggregate.IncidentAggregation;
import org.communitysafety.core.aggregate.IncidentMeasure;
import org.communitysafety.core.aggregate.PeriodIndex;
import org.communitysafety.core.aggregate.RecordAggregation;
import org.communitysafety.core.io.Problem;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.period.PeriodKind;
import org.communitysafety.core.taxonomy.Taxonomy;
import org.communitysafety.indicators.Change;
import org.communitysafety.indicators.Flag;
import org.communitysafety.indicators.Indicator;
import org.communitysafety.indicators.IndicatorRow;
import org.communitysafety.indicators.Indicators;
import org.communitysafety.indicators.Ranking;
import org.communitysafety.indicators.Results;
import org.communitysafety.indicators.phrasing.CountStyle;
import org.communitysafety.indicators.phrasing.Language;
import org.communitysafety.indicators.phrasing.Measure;
import org.communitysafety.indicators.phrasing.MonthlySeries;
import org.communitysafety.indicators.phrasing.Phrasing;
import org.communitysafety.indicators.report.chart.BarChart;
import org.communitysafety.indicators.report.chart.FunnelPlot;
import org.communitysafety.indicators.report.chart.LineChart;
import org.communitysafety.indicators.report.chart.ValueFormat;
import org.communitysafety.indicators.stats.Funnel;
import org.communitysafety.indicators.stats.Interval;

/** Computes the figures of a {@link Report} and writes its sentences, tables and charts. Used once. */
final class ReportMaker {

    private static final String CRIMINAL = Taxonomy.CRIMINAL;
    private static final int YEARS = 3;

    private final Report.Builder spec;
    private final ColumnarDataset data;
    private final JurisdictionTree tree;
    private final String code;
    private final int unit;
    private final Jurisdiction jurisdiction;
    private final Period period;
    private final boolean zh;
    private final Phrasing ph;
    private final Phrasing exact;
    private Results yoy;
    private Optional<Results> pop = Optional.empty();

    ReportMaker(Report.Builder spec, String code, Period period) {
        this.spec = spec;
        this.data = spec.data;
        this.tree = data.tree();
        this.code = code;
        this.unit = tree.indexOf(code);
        this.jurisdiction = tree.unit(unit);
        this.period = period;
        this.zh = spec.language == Language.ZH;
        this.ph = Phrasing.of(spec.language);
        this.exact = ph.withCounts(CountStyle.EXACT);
    }

    private String t(String zhText, String enText) {
        return zh ? zhText : enText;
    }

    Report make() {
        Indicators base = Indicators.of(data).period(period).unit(code).threads(spec.threads);
        yoy = base.compareYearOnYear().computeAll();
        if (period.kind() != PeriodKind.YEAR) {
            pop = Optional.of(base.comparePeriodOverPeriod().funnelFlags(false).groups(groupsOfTables())
                    .compute(tableIndicators().toArray(String[]::new)));
        }
        List<Report.Section> sections = new ArrayList<>();
        sections.add(incidents());
        sections.add(disputes());
        sections.add(outreach());
        if (tree.childCount(unit) > 0) {
            sections.add(children());
        }
        sections.add(zeroIncident());
        sections.add(trends());
        sections.add(quality());
        String name = jurisdiction.name();
        String title = zh
                ? name + ph.period(period) + "社区治安形势报告"
                : "Community safety in " + name + ", " + ph.period(period);
        String subtitle = zh
                ? "与" + ph.period(period.yearEarlier()) + "同比" + pop.map(p -> "、与" + ph.period(period.previous()) + "环比")
                        .orElse("") + "；数据截至" + ph.period(period) + "末"
                : "Compared with " + ph.period(period.yearEarlier())
                        + pop.map(p -> " (year on year) and " + ph.period(period.previous()) + " (period on period)")
                                .orElse(" (year on year)");
        return new Report(spec.language, title, subtitle, code, period, headlines(), sections);
    }

    // ------------------------------------------------------------------ helpers

    private Optional<IndicatorRow> row(String indicator, String group) {
        return yoy.find(indicator, code, group);
    }

    private long count(String indicator, String group) {
        return row(indicator, group).flatMap(r -> r.value().isPresent()
                ? Optional.of((long) r.value().getAsDouble()) : Optional.empty()).orElse(0L);
    }

    private String groupName(String group) {
        Map<String, String[]> names = Map.ofEntries(
                Map.entry("all", new String[] {"全部警情", "all incidents"}),
                Map.entry("criminal", new String[] {"刑事案件", "criminal cases"}),
                Map.entry("property", new String[] {"侵财类案件", "property crime"}),
                Map.entry("theft", new String[] {"盗窃类案件", "theft"}),
                Map.entry("fraud", new String[] {"诈骗类案件", "fraud"}),
                Map.entry("two_robberies", new String[] {"“两抢”案件", "robbery and snatching"}),
                Map.entry("contact_property", new String[] {"接触性侵财案件", "contact property crime"}),
                Map.entry("violent", new String[] {"暴力类案件", "violent crime"}),
                Map.entry("drugs", new String[] {"涉毒案件", "drug offences"}),
                Map.entry("public_order", new String[] {"治安类警情", "public-order cases"}),
                Map.entry("traffic", new String[] {"交通类警情", "traffic"}),
                Map.entry("fire", new String[] {"火灾", "fires"}),
                Map.entry("dispute", new String[] {"纠纷类警情", "dispute calls"}));
        String[] n = names.get(group);
        return n == null ? group : n[zh ? 0 : 1];
    }

    private static String[] groupsOfTables() {
        return new String[] {"all", CRIMINAL};
    }

    private static List<String> tableIndicators() {
        List<String> ids = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            if (i.source() != Indicator.Source.UNITS) {
                ids.add(i.id());
            }
        }
        return ids;
    }

    /** "下降39.3% *" — the change with a mark when its test found it significant. */
    private String changeCell(Optional<IndicatorRow> row) {
        if (row.isEmpty() || row.get().change().isEmpty()) {
            return "—";
        }
        IndicatorRow r = row.get();
        Optional<String> text = r.indicator().unit() == Indicator.Unit.PROPORTION && r.indicator().statistic()
                != Indicator.Statistic.NONE && r.numerator().isPresent()
                ? ph.pointsChange(r) : ph.change(r);
        Change c = r.change().get();
        return text.map(s -> s + (c.significant() ? " *" : "")).orElse("—");
    }

    private String valueCell(Optional<IndicatorRow> row) {
        if (row.isEmpty() || row.get().value().isEmpty()) {
            return "—";
        }
        IndicatorRow r = row.get();
        return format(r.indicator(), r.value().getAsDouble(), r.numerator(), r.denominator());
    }

    /** A value as the tables show it: counts with thousands separators, proportions from the exact counts. */
    private String format(Indicator indicator, double v, java.util.OptionalLong num, java.util.OptionalLong den) {
        return switch (indicator.unit()) {
            case COUNT -> String.format(Locale.ROOT, "%,d", (long) v);
            case PROPORTION -> num.isPresent() && den.orElse(0) > 0
                    ? exact.percent(num.getAsLong(), den.getAsLong())
                    : String.format(Locale.ROOT, "%.1f%%", v * 100);
            case PER_10K, PER_CAPITA -> String.format(Locale.ROOT, "%.2f", v);
            case DAYS -> String.format(Locale.ROOT, "%.1f", v);
            case YUAN -> String.format(Locale.ROOT, "%,.2f", v);
        };
    }

    private String baselineCell(Optional<IndicatorRow> row) {
        if (row.isEmpty() || row.get().change().isEmpty()) {
            return "—";
        }
        IndicatorRow r = row.get();
        Change c = r.change().get();
        if (c.baselineValue().isEmpty()) {
            return "—";
        }
        return format(r.indicator(), c.baselineValue().getAsDouble(), c.baselineNumerator(), c.baselineDenominator());
    }

    private String indicatorName(Indicator i, String group) {
        String name = zh ? i.nameZh() : i.nameEn();
        return group.equals("all") ? name : groupName(group) + (zh ? "" : ": ") + name;
    }

    private Report.Table indicatorTable(String title, List<String[]> rows) {
        List<String> header = new ArrayList<>(List.of(t("指标", "Indicator"), ph.period(period),
                ph.period(period.yearEarlier()), t("同比", "Year on year")));
        if (pop.isPresent()) {
            header.add(ph.period(period.previous()));
            header.add(t("环比", "Period on period"));
        }
        List<List<String>> cells = new ArrayList<>();
        for (String[] r : rows) {
            Optional<IndicatorRow> y = row(r[0], r[1]);
            if (y.isEmpty()) {
                continue;
            }
            List<String> line = new ArrayList<>(List.of(indicatorName(y.get().indicator(), r[1]), valueCell(y),
                    baselineCell(y), changeCell(y)));
            if (pop.isPresent()) {
                Optional<IndicatorRow> q = pop.get().find(r[0], code, r[1]);
                line.add(baselineCell(q));
                line.add(changeCell(q));
            }
            cells.add(line);
        }
        return new Report.Table(title, header, cells, List.of(t(
                "* 变化在统计上显著（p < 0.05；计数用精确泊松检验，比率用两比例检验）；未标注的变化不显著或无检验。",
                "* a significant change (p < 0.05; exact Poisson test for counts, two-proportion test for rates); "
                        + "unmarked changes are not significant or not tested.")));
    }

    // ------------------------------------------------------------------ headlines

    private List<String> headlines() {
        List<String> lines = new ArrayList<>();
        String where = jurisdiction.name();
        row("incidents.count", CRIMINAL).ifPresent(r -> {
            String count = ph.count(count("incidents.count", CRIMINAL), Measure.INCIDENTS);
            String change = ph.change(r).map(c -> t("，", ", ") + c).orElse("");
            lines.add(zh ? where + ph.period(period) + "刑事案件发案" + count + change
                    : "Criminal cases in " + where + ", " + ph.period(period) + ": " + count + change);
        });
        row("incidents.count", "theft").ifPresent(r -> ph.change(r).ifPresent(c -> lines.add(
                ph.sentence(t("盗窃类刑事案件发案数", "theft cases"), c))));
        row("incidents.clearance_rate", CRIMINAL).filter(r -> r.numerator().isPresent() && r.denominator()
                .orElse(0) > 0).ifPresent(r -> lines.add(ph.sentence(
                t("刑事案件破案率", "the clearance rate of criminal cases"),
                t("为", "was ") + exact.percent(r.numerator().getAsLong(), r.denominator().getAsLong())
                        + ph.pointsChange(r).map(s -> t("，", ", ") + s).orElse(""))));
        row("units.zero_incident_share", CRIMINAL).flatMap(ph::zeroIncidentShare).ifPresent(s -> {
            String expected = row("units.expected_zero_share", CRIMINAL).flatMap(e -> e.value().isPresent()
                    ? Optional.of(String.format(Locale.ROOT, "%.1f%%", e.value().getAsDouble() * 100))
                    : Optional.empty())
                    .map(e -> t("（若案件按人口均匀分布，预计为" + e + "）", " (chance alone would give " + e + ")"))
                    .orElse("");
            lines.add(s + expected);
        });
        long received = count("disputes.count", "all");
        row("disputes.resolution_rate", "all").filter(r -> r.numerator().isPresent() && received > 0)
                .ifPresent(r -> lines.add(ph.disputesResolved(received, r.numerator().getAsLong())));
        row("disputes.old_backlog", "all").ifPresent(r -> ph.change(r).ifPresent(c -> lines.add(
                ph.sentence(t("陈年纠纷存量", "the stock of old disputes"), c))));
        long sessions = count("outreach.sessions", "all");
        if (sessions > 0) {
            lines.add(ph.outreach(sessions, count("outreach.audience", "all")));
        }
        long frauds = count("outreach.frauds_stopped", "all");
        if (frauds > 0) {
            long yuan = row("outreach.loss_avoided", "all").map(r -> (long) r.value().orElse(0)).orElse(0L);
            lines.add(ph.fraudsStopped(frauds, yuan));
        }
        lines.addAll(trendHighlights());
        return lines;
    }

    // ------------------------------------------------------------------ sections

    private Report.Section incidents() {
        List<String[]> key = List.of(
                new String[] {"incidents.count", "all"}, new String[] {"incidents.count", CRIMINAL},
                new String[] {"incidents.rate_per_10k", CRIMINAL}, new String[] {"incidents.clearance_rate", CRIMINAL},
                new String[] {"incidents.clearances_in_period_rate", CRIMINAL},
                new String[] {"incidents.repeat_call_rate", "all"}, new String[] {"incidents.median_days_to_clear", "all"},
                new String[] {"incidents.loss", CRIMINAL}, new String[] {"incidents.recovered", CRIMINAL});
        List<String[]> groups = new ArrayList<>();
        for (String g : data.taxonomy().groups()) {
            if (!g.equals(CRIMINAL)) {
                groups.add(new String[] {"incidents.count", g});
            }
        }
        List<String> paragraphs = new ArrayList<>();
        row("incidents.count", "all").ifPresent(r -> paragraphs.add(
                t("共接报各类警情", "All incidents: ") + exact.count(count("incidents.count", "all"), Measure.INCIDENTS)
                        + ph.change(r).map(c -> t("，", ", ") + c).orElse("") + t("。", ".")));
        paragraphs.add(t("破案率按两种口径列出：“破案率”为本期发案中截至期末已破获的比例；“当期破案数与发案数之比”为本期破获（不论何时发案）的案件数除以本期发案数，可超过100%。",
                "Clearance is given both ways reports count it: the clearance rate is the share of the period's "
                        + "incidents cleared by its end; clearances in the period per incident counts every "
                        + "clearance made in the period, whenever the incident occurred (the UCR convention), and "
                        + "can exceed 100%."));
        return new Report.Section("incidents", t("一、治安形势", "1. Incidents"), paragraphs,
                List.of(indicatorTable(t("主要指标", "Key indicators"), key),
                        indicatorTable(t("分类发案", "Incidents by group"), groups)),
                List.of());
    }

    private Report.Section disputes() {
        List<String[]> rows = new ArrayList<>();
        for (String id : List.of("disputes.count", "disputes.resolution_rate", "disputes.success_rate",
                "disputes.conclusion_rate", "disputes.opening_backlog", "disputes.concluded", "disputes.backlog",
                "disputes.old_backlog", "disputes.median_days_to_close", "disputes.amount")) {
            rows.add(new String[] {id, "all"});
        }
        List<String> paragraphs = new ArrayList<>();
        long received = count("disputes.count", "all");
        row("disputes.conclusion_rate", "all").filter(r -> r.numerator().isPresent() && received > 0)
                .ifPresent(r -> paragraphs.add(ph.disputesConcluded(received, r.numerator().getAsLong())));
        paragraphs.add(t("纠纷台账满足：期初积案 + 本期受理 − 本期办结 = 期末存量；陈年纠纷指期末存量中受理超过365天的纠纷。",
                "The ledger balances: open at the start + received − concluded = open at the end; old disputes are "
                        + "those open at the end received more than 365 days before."));
        return new Report.Section("disputes", t("二、矛盾纠纷化解", "2. Disputes"), paragraphs,
                List.of(indicatorTable(t("矛盾纠纷", "Disputes"), rows)), List.of());
    }

    private Report.Section outreach() {
        List<String[]> rows = new ArrayList<>();
        for (String id : List.of("outreach.sessions", "outreach.audience", "outreach.households", "outreach.leads",
                "outreach.frauds_stopped", "outreach.loss_avoided", "outreach.audience_per_capita",
                "outreach.hazard_fix_rate")) {
            rows.add(new String[] {id, "all"});
        }
        return new Report.Section("outreach", t("三、宣传防范", "3. Outreach"), List.of(),
                List.of(indicatorTable(t("宣传防范", "Outreach"), rows)), List.of());
    }

    private Report.Section children() {
        String indicator = "incidents.rate_per_10k";
        Ranking ranking = Ranking.children(yoy, indicator, code, CRIMINAL, tree);
        List<List<String>> cells = new ArrayList<>();
        for (Ranking.Entry e : ranking.entries()) {
            IndicatorRow r = e.row();
            cells.add(List.of(e.rank() == 0 ? "—" : Integer.toString(e.rank()), r.unitName(),
                    r.numerator().isPresent() ? String.format(Locale.ROOT, "%,d", r.numerator().getAsLong()) : "—",
                    r.denominator().isPresent() ? String.format(Locale.ROOT, "%,d", r.denominator().getAsLong()) : "—",
                    r.value().isPresent() ? String.format(Locale.ROOT, "%.2f", r.value().getAsDouble()) : "—",
                    e.limits998().map(i -> String.format(Locale.ROOT, "%.2f–%.2f", i.lower(), i.upper())).orElse("—"),
                    position(e.position()),
                    e.pAdjusted().isPresent() ? String.format(Locale.ROOT, "%.3g", e.pAdjusted().getAsDouble()) : "—"));
        }
        List<String> header = List.of(t("排名", "Rank"), t("单位", "Unit"), t("刑事案件", "Criminal cases"),
                t("人口", "Population"), t("万人发案率", "Per 10,000"), t("99.8%控制限", "99.8% limits"),
                t("漏斗图位置", "Funnel position"), t("校正p值(BH)", "p (BH-adjusted)"));
        List<String> paragraphs = new ArrayList<>();
        List<Ranking.Entry> high = ranking.outliers(false).stream()
                .filter(e -> e.position() == Ranking.Position.ABOVE_998).toList();
        List<Ranking.Entry> low = ranking.outliers(false).stream()
                .filter(e -> e.position() == Ranking.Position.BELOW_998).toList();
        String overall = ranking.target().isPresent()
                ? String.format(Locale.ROOT, "%.2f", ranking.target().getAsDouble()) : "—";
        paragraphs.add(t("按刑事案件万人发案率比较下辖" + ranking.entries().size() + "个单位（总体" + overall
                        + "）。漏斗图按各单位人口给出95%和99.8%控制限：落在99.8%控制限之外的单位才是真正异常，而不是因人口少而波动大的单位。",
                "The " + ranking.entries().size() + " units below are compared by criminal cases per 10,000 residents "
                        + "(overall " + overall + "). The funnel plot gives each unit 95% and 99.8% control limits "
                        + "for its population: only units outside the 99.8% limits truly stand out, rather than "
                        + "small ones that vary by chance."));
        paragraphs.add(high.isEmpty()
                ? t("没有单位高于99.8%控制上限。", "No unit lies above the 99.8% upper limit.")
                : t("明显偏高（高于99.8%控制上限）：", "Clearly high (above the 99.8% upper limit): ") + names(high));
        if (!low.isEmpty()) {
            paragraphs.add(t("明显偏低（低于99.8%控制下限）：", "Clearly low (below the 99.8% lower limit): ") + names(low));
        }
        List<Report.Figure> figures = new ArrayList<>();
        BarChart.Builder bars = BarChart.builder().title(t("下辖单位刑事案件万人发案率", "Criminal cases per 10,000 residents"))
                .valueLabel(t("万人发案率", "per 10,000")).valueFormat(ValueFormat.decimal(2));
        for (Ranking.Entry e : ranking.entries()) {
            if (e.row().value().isPresent()) {
                BarChart.Bar b = BarChart.Bar.of(e.row().unitName(), e.row().value().getAsDouble());
                bars.bar(e.isOutlier(false) ? b.signal() : b);
            }
        }
        figures.add(new Report.Figure(t("排名", "Ranking"), bars.build().toSvg(),
                t("红色：落在99.8%控制限之外。", "Red: outside the 99.8% control limits.")));
        funnel(ranking).ifPresent(figures::add);
        return new Report.Section("children", t("四、下辖单位比较", "4. Units compared"), paragraphs,
                List.of(new Report.Table(t("刑事案件万人发案率排名", "Ranked by criminal cases per 10,000"), header, cells,
                        List.of(t("p值为各单位与总体发案率的精确泊松检验，经Benjamini–Hochberg多重比较校正。",
                                "p: exact Poisson test of each unit against the overall rate, adjusted for "
                                        + "multiple comparisons (Benjamini–Hochberg).")))),
                figures);
    }

    private String names(List<Ranking.Entry> entries) {
        List<String> n = new ArrayList<>();
        for (Ranking.Entry e : entries) {
            n.add(e.row().unitName() + " (" + String.format(Locale.ROOT, "%.2f", e.row().value().orElse(0)) + ")");
        }
        return String.join(t("、", ", "), n) + t("。", ".");
    }

    private String position(Ranking.Position p) {
        return switch (p) {
            case ABOVE_998 -> t("高于99.8%上限", "above 99.8%");
            case ABOVE_95 -> t("高于95%上限", "above 95%");
            case INSIDE -> t("控制限内", "inside");
            case BELOW_95 -> t("低于95%下限", "below 95%");
            case BELOW_998 -> t("低于99.8%下限", "below 99.8%");
            case NOT_APPLICABLE -> "—";
        };
    }

    private Optional<Report.Figure> funnel(Ranking ranking) {
        OptionalDouble target = ranking.target();
        List<Ranking.Entry> points = ranking.entries().stream()
                .filter(e -> e.row().value().isPresent() && e.row().denominator().orElse(0) > 0).toList();
        if (target.isEmpty() || points.isEmpty()) {
            return Optional.empty();
        }
        double perResident = target.getAsDouble() / 10_000;
        long min = points.stream().mapToLong(e -> e.row().denominator().getAsLong()).min().orElseThrow();
        long max = points.stream().mapToLong(e -> e.row().denominator().getAsLong()).max().orElseThrow();
        double lo = Math.max(1, min * 0.8);
        double hi = max * 1.2;
        List<FunnelPlot.LimitSample> l95 = new ArrayList<>();
        List<FunnelPlot.LimitSample> l998 = new ArrayList<>();
        for (int k = 0; k <= 60; k++) {
            double x = lo * Math.pow(hi / lo, k / 60.0);
            Interval a = Funnel.rateLimits(perResident, x, 0.95);
            Interval b = Funnel.rateLimits(perResident, x, 0.998);
            l95.add(FunnelPlot.LimitSample.of(x, a.lower() * 10_000, a.upper() * 10_000));
            l998.add(FunnelPlot.LimitSample.of(x, b.lower() * 10_000, b.upper() * 10_000));
        }
        FunnelPlot.Builder plot = FunnelPlot.builder().title(t("漏斗图：刑事案件万人发案率", "Funnel plot: criminal cases per 10,000"))
                .xLabel(t("人口", "Population")).yLabel(t("万人发案率", "per 10,000")).target(target.getAsDouble())
                .limits95(l95).limits998(l998).logX(max > 20 * Math.max(1, min));
        if (!zh) {
            plot.legend("overall rate", "95% limits", "99.8% limits", "outside 99.8%");
        }
        for (Ranking.Entry e : points) {
            FunnelPlot.Point p = FunnelPlot.Point.of(e.row().unitName(), e.row().denominator().getAsLong(),
                    e.row().value().getAsDouble());
            plot.point(e.isOutlier(false) ? p.signal() : p.muted());
        }
        return Optional.of(new Report.Figure(t("漏斗图", "Funnel plot"), plot.build().toSvg(),
                t("虚线：95%控制限；实线：99.8%控制限；横线：总体发案率。",
                        "Dashed: 95% control limits; solid: 99.8%; horizontal: the overall rate.")));
    }

    private Report.Section zeroIncident() {
        List<String> paragraphs = new ArrayList<>();
        row("units.zero_incident_share", CRIMINAL).ifPresent(r -> {
            ph.zeroIncidentShare(r).ifPresent(s -> paragraphs.add(s + t("（", " (") + r.numerator().orElse(0)
                    + t("个，共", " of ") + r.denominator().orElse(0) + t("个）。", ").")));
            row("units.expected_zero_share", CRIMINAL).flatMap(e -> e.value().isPresent()
                    ? Optional.of(e.value().getAsDouble()) : Optional.empty()).ifPresent(e -> paragraphs.add(t(
                    "若全部刑事案件按人口均匀分布在各村（社区），预计零发案比例为" + String.format(Locale.ROOT, "%.1f%%", e * 100)
                            + "。实际比例高于此值，说明案件集中在少数村（社区）。",
                    "If the criminal cases had fallen on residents evenly, chance alone would leave "
                            + String.format(Locale.ROOT, "%.1f%%", e * 100) + " of villages without one; a higher "
                            + "share means the cases concentrate in fewer places.")));
        });
        // zero in each of the last years: the monthly cube of the trends, summed by year
        monthlySeries();
        boolean[] mask = data.taxonomy().groupMask(CRIMINAL);
        boolean[] covered = new boolean[YEARS];
        for (int y = 0; y < YEARS; y++) {
            for (int root : tree.roots()) {
                covered[y] |= yearTotal(root, y, null) > 0;
            }
        }
        int p = YEARS - 1;
        List<List<String>> cells = new ArrayList<>();
        int zeroNow = 0;
        int always = 0;
        for (int leaf : tree.leavesUnder(unit)) {
            boolean zeroInPeriod = yoy.find("incidents.count", tree.unit(leaf).code(), CRIMINAL)
                    .map(r -> r.value().orElse(-1) == 0).orElse(false);
            if (!zeroInPeriod) {
                continue;
            }
            zeroNow++;
            int run = 0;
            for (int y = p; y >= 0 && covered[y] && yearTotal(leaf, y, mask) == 0; y--) {
                run++;
            }
            if (run == YEARS) {
                always++;
            }
            if (cells.size() < spec.listLimit) {
                Jurisdiction j = tree.unit(leaf);
                String parent = tree.parent(leaf) >= 0 ? tree.unit(tree.parent(leaf)).name() : "";
                cells.add(List.of(j.name(), parent, j.code(),
                        period.kind() == PeriodKind.YEAR ? (zh ? "连续" + run + "年" : run + (run == 1 ? " year" : " years"))
                                : "—"));
            }
        }
        if (zeroNow > 0 && period.kind() == PeriodKind.YEAR) {
            paragraphs.add(t("其中" + always + "个村（社区）连续" + YEARS + "年刑事案件零发案。",
                    always + " of them have had no criminal case for " + YEARS + " years in a row."));
        }
        List<String> notes = new ArrayList<>();
        if (zeroNow > cells.size()) {
            notes.add(t("另有" + (zeroNow - cells.size()) + "个未列出。", "… and " + (zeroNow - cells.size()) + " more."));
        }
        return new Report.Section("zero", t("五、刑事案件零发案村（社区）", "5. Villages with no criminal case"), paragraphs,
                List.of(new Report.Table(t("零发案村（社区）", "Villages and communities with no criminal case"),
                        List.of(t("名称", "Name"), t("所属", "Part of"), t("代码", "Code"),
                                t("连续零发案", "Zero for")), cells, notes)),
                List.of());
    }

    // ------------------------------------------------------------------ trends

    private long[][] monthly;     // [kind][month index over the years]: 0 criminal incidents, 1 disputes received
    private int firstYear;
    private Cube<IncidentMeasure> months;  // incident counts by month over the years, rolled up

    /** A unit's incidents in year {@code y} (0 = the first of the years), of the categories in {@code mask} or all. */
    private long yearTotal(int u, int y, boolean[] mask) {
        long total = 0;
        for (int m = y * 12; m < y * 12 + 12; m++) {
            total += mask == null ? months.total(IncidentMeasure.COUNT, u, m) : months.sum(IncidentMeasure.COUNT, u, m, mask);
        }
        return total;
    }

    private void monthlySeries() {
        if (monthly != null) {
            return;
        }
        int lastYear = period.end().getYear();
        firstYear = lastYear - YEARS + 1;
        PeriodIndex months = PeriodIndex.monthsOf(firstYear, lastYear);
        Cube<IncidentMeasure> inc = IncidentAggregation.counts(data.incidents(), months, spec.threads).rollUp(tree);
        this.months = inc;
        Cube<DisputeMeasure> dis = RecordAggregation.aggregate(data.disputes(), months, spec.threads).rollUp(tree);
        boolean[] mask = data.taxonomy().groupMask(CRIMINAL);
        monthly = new long[2][months.size()];
        for (int m = 0; m < months.size(); m++) {
            monthly[0][m] = inc.sum(IncidentMeasure.COUNT, unit, m, mask);
            monthly[1][m] = dis.total(DisputeMeasure.RECEIVED, unit, m);
        }
    }

    /** Months of the series up to the end of the period. */
    private int monthsShown() {
        return (period.end().getYear() - firstYear) * 12 + period.end().getMonthValue();
    }

    private List<String> trendHighlights() {
        monthlySeries();
        int n = monthsShown();
        if (n < 13) {
            return List.of();
        }
        MonthlySeries series = MonthlySeries.of(Period.ofMonth(firstYear, 1), Arrays.copyOf(monthly[0], n));
        return ph.highlights(series).stream()
                .map(h -> t("月度刑事案件数", "Monthly criminal cases: ") + h)
                .toList();
    }

    private Report.Section trends() {
        monthlySeries();
        List<Report.Figure> figures = new ArrayList<>();
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(zh ? m + "月" : java.time.Month.of(m).getDisplayName(java.time.format.TextStyle.SHORT,
                    Locale.ENGLISH));
        }
        String[][] titles = {
            {t("月度刑事案件发案数", "Criminal cases per month"), t("发案数（起）", "cases")},
            {t("月度受理矛盾纠纷数", "Disputes received per month"), t("受理数（宗）", "disputes")}
        };
        int shown = monthsShown();
        for (int k = 0; k < 2; k++) {
            LineChart.Builder chart = LineChart.builder().title(titles[k][0]).categories(months).yLabel(titles[k][1])
                    .markers(true).yFormat(ValueFormat.count());
            if (!zh) {
                chart.noDataNote("no data");
            }
            for (int y = 0; y < YEARS; y++) {
                List<Double> values = new ArrayList<>();
                for (int m = 0; m < 12; m++) {
                    int i = y * 12 + m;
                    values.add(i < shown ? (double) monthly[k][i] : null);
                }
                String name = zh ? (firstYear + y) + "年" : Integer.toString(firstYear + y);
                chart.series(LineChart.Series.ofNullable(name, values));
            }
            chart.highlight(zh ? (firstYear + YEARS - 1) + "年" : Integer.toString(firstYear + YEARS - 1));
            figures.add(new Report.Figure(titles[k][0], chart.build().toSvg(),
                    t("每条线为一年；" + firstYear + "—" + (firstYear + YEARS - 1) + "年。",
                            "One line a year, " + firstYear + "–" + (firstYear + YEARS - 1) + ".")));
        }
        return new Report.Section("trends", t("六、月度趋势", "6. Monthly trends"), trendHighlights(), List.of(),
                figures);
    }

    // ------------------------------------------------------------------ quality

    private Report.Section quality() {
        List<String> paragraphs = new ArrayList<>();
        spec.readReport.ifPresent(r -> {
            paragraphs.add(t("读取数据" + String.format(Locale.ROOT, "%,d", r.rowsRead()) + "行，接受"
                            + String.format(Locale.ROOT, "%,d", r.rowsAccepted()) + "行，拒收"
                            + String.format(Locale.ROOT, "%,d", r.rowsRejected()) + "行。",
                    String.format(Locale.ROOT, "%,d rows read, %,d accepted, %,d rejected.", r.rowsRead(),
                            r.rowsAccepted(), r.rowsRejected())));
            int shown = 0;
            for (Problem problem : r.problems()) {
                if (shown++ == 10) {
                    paragraphs.add(t("……其余问题见 csi validate 的输出。", "… the rest in the output of csi validate."));
                    break;
                }
                paragraphs.add(problem.toString());
            }
        });
        long small = yoy.stream().filter(r -> r.has(Flag.SMALL_COUNT)).count();
        long noPopulation = yoy.stream().filter(r -> r.has(Flag.NO_POPULATION)).count();
        paragraphs.add(t("本报告共计算" + String.format(Locale.ROOT, "%,d", yoy.size()) + "项指标值，其中"
                        + String.format(Locale.ROOT, "%,d", small)
                        + "项基于不足10起（宗）的小数字（已计算，但解读需谨慎），" + noPopulation + "项因人口未知而无法计算。",
                String.format(Locale.ROOT, "%,d figures were computed for this report; %,d rest on fewer than 10 "
                        + "records (computed, but read them with care) and %,d could not be computed for want of a "
                        + "population.", yoy.size(), small, noPopulation)));
        paragraphs.add(t("区间为95%置信区间：计数与万人发案率用精确泊松（Garwood）区间，比例用Wilson区间。同比变化的显著性：计数用精确条件泊松检验（与R的poisson.test一致），比例用两比例检验。",
                "Intervals are 95% confidence intervals: exact Poisson (Garwood) for counts and rates per "
                        + "10,000, Wilson for proportions. A change is tested with the exact conditional Poisson "
                        + "test (as R's poisson.test) for counts and a two-proportion test for proportions."));
        return new Report.Section("quality", t("七、数据质量与方法说明", "7. Data quality and methods"), paragraphs,
                List.of(), List.of());
    }
}
