package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.aggregate.Cube;
import org.communitysafety.core.aggregate.CubeCodec;
import org.communitysafety.core.aggregate.DisputeMeasure;
import org.communitysafety.core.aggregate.IncidentAccumulator;
import org.communitysafety.core.aggregate.IncidentMeasure;
import org.communitysafety.core.aggregate.OutreachMeasure;
import org.communitysafety.core.aggregate.PeriodIndex;
import org.communitysafety.core.aggregate.RecordAccumulator;
import org.communitysafety.core.aggregate.RecordKind;
import org.communitysafety.core.period.Period;
import org.junit.jupiter.api.Test;

/**
 * The catalogue from cubes made elsewhere ({@link Aggregates}, {@link Indicators#of(Aggregates)})
 * is the catalogue from the records: the same rows, byte for byte as CSV, whether the cubes are
 * one pass over the period and its baseline, accumulated in pieces and merged, wider than
 * needed, one a year, not rolled up, or read back from bytes.
 */
class AggregatesTest {

    static final ColumnarDataset DATA = CatalogueMemoTest.DATA;
    static final Period YEAR = Period.parse("2023");
    static final Period BASE = Period.parse("2022");

    private static String csv(Results r) {
        StringWriter w = new StringWriter();
        r.writeCsv(w);
        return w.toString();
    }

    private static Results fromRecords(Indicators i) {
        return i.period(YEAR).compareYearOnYear().threads(2).compute();
    }

    private static final Results EXPECTED = fromRecords(Indicators.of(DATA));
    private static final String EXPECTED_CSV = csv(EXPECTED);

    private static Aggregates empty() {
        return Aggregates.of(DATA.tree(), DATA.taxonomy(), DATA.populations());
    }

    /** Accumulates every kind's records in {@code pieces} ranges of rows and merges the snapshots, not rolled up. */
    private static Aggregates inPieces(PeriodIndex periods, int pieces) {
        int units = DATA.tree().size();
        Cube<IncidentMeasure> incidents = null;
        Cube<DisputeMeasure> disputes = null;
        Cube<OutreachMeasure> outreach = null;
        for (int k = 0; k < pieces; k++) {
            int n = DATA.incidents().size();
            Cube<IncidentMeasure> i = IncidentAccumulator.create(units, DATA.taxonomy().size(), periods)
                    .add(DATA.incidents(), n * k / pieces, n * (k + 1) / pieces).snapshot();
            n = DATA.disputes().size();
            Cube<DisputeMeasure> d = RecordAccumulator.create(RecordKind.DISPUTES, units, periods)
                    .add(DATA.disputes(), n * k / pieces, n * (k + 1) / pieces).snapshot();
            n = DATA.outreach().size();
            Cube<OutreachMeasure> o = RecordAccumulator.create(RecordKind.OUTREACH, units, periods)
                    .add(DATA.outreach(), n * k / pieces, n * (k + 1) / pieces).snapshot();
            incidents = incidents == null ? i : incidents.plus(i);
            disputes = disputes == null ? d : disputes.plus(d);
            outreach = outreach == null ? o : outreach.plus(o);
        }
        assertThat(incidents.isRolledUp()).isFalse();
        return empty().withIncidents(incidents).withDisputes(disputes).withOutreach(outreach);
    }

    @Test
    void cubesOfTheDataset_giveTheRowsOfTheRecords() {
        Results r = fromRecords(Indicators.of(Aggregates.of(DATA, List.of(YEAR, BASE), 2)));
        assertThat(r.size()).isEqualTo(36_340);
        assertThat(r.rows()).isEqualTo(EXPECTED.rows());
        assertThat(csv(r)).isEqualTo(EXPECTED_CSV);
    }

    @Test
    void cubesMergedFromPieces_notRolledUp_wider_giveTheSameRows() {
        PeriodIndex wide = PeriodIndex.of(Period.parse("2024"), BASE, Period.parse("2023-Q2"), YEAR);
        for (int pieces : new int[] {1, 3, 7}) {
            assertThat(csv(fromRecords(Indicators.of(inPieces(wide, pieces))))).as("%d pieces", pieces)
                    .isEqualTo(EXPECTED_CSV);
        }
    }

    @Test
    void oneCubeAYear_readBackFromBytes_giveTheSameRows() {
        Aggregates y = inPieces(PeriodIndex.of(YEAR), 2);
        Aggregates b = inPieces(PeriodIndex.of(BASE), 2);
        Aggregates cubes = empty();
        for (Aggregates a : List.of(b, y)) {
            cubes = cubes
                    .withIncidents(CubeCodec.fromBytes(CubeCodec.toBytes(a.incidents().get(0)), RecordKind.INCIDENTS))
                    .withDisputes(CubeCodec.fromBytes(CubeCodec.toBytes(a.disputes().get(0)), RecordKind.DISPUTES))
                    .withOutreach(CubeCodec.fromBytes(CubeCodec.toBytes(a.outreach().get(0)), RecordKind.OUTREACH));
        }
        assertThat(cubes.incidents()).hasSize(2);
        assertThat(csv(fromRecords(Indicators.of(cubes)))).isEqualTo(EXPECTED_CSV);
    }

    @Test
    void settingsApply_asToRecords() {
        Aggregates cubes = Aggregates.of(DATA, List.of(YEAR, BASE, Period.parse("2023-Q3"), Period.parse("2023-Q2")), 1);
        IndicatorSettings s = IndicatorSettings.defaults().withPeriod(Period.parse("2023-Q3"))
                .withComparison(Indicators.Comparison.PERIOD_OVER_PERIOD).withSuppressBelow(5).withConfidence(0.9)
                .withLevel(DATA.tree().unit(DATA.tree().size() - 1).level());
        assertThat(csv(Indicators.of(cubes, s).compute())).isEqualTo(csv(Indicators.of(DATA, s).compute()));
        assertThat(csv(Indicators.of(cubes).period(YEAR).compareYearOnYear().compute(Indicator.INCIDENTS_COUNT,
                Indicator.UNITS_ZERO_INCIDENT_SHARE))).isEqualTo(csv(Indicators.of(DATA).period(YEAR)
                        .compareYearOnYear().compute(Indicator.INCIDENTS_COUNT, Indicator.UNITS_ZERO_INCIDENT_SHARE)));
    }

    @Test
    void series_fromCubesThatHoldItsPeriods() {
        List<Period> months = Granularity.MONTH.periodsOf(YEAR);
        List<Period> all = new java.util.ArrayList<>(months);
        months.forEach(m -> all.add(m.yearEarlier()));
        Aggregates cubes = Aggregates.of(DATA, all, 2);
        String unit = DATA.tree().unit(0).code();
        assertThat(Indicators.of(cubes).series(Indicator.INCIDENTS_CLEARANCE_RATE, unit, Group.ALL, YEAR,
                Granularity.MONTH)).isEqualTo(Indicators.of(DATA).series(Indicator.INCIDENTS_CLEARANCE_RATE, unit,
                        Group.ALL, YEAR, Granularity.MONTH));
        assertThatThrownBy(() -> Indicators.of(cubes).series(Indicator.INCIDENTS_COUNT, unit, Group.ALL,
                Period.parse("2024"), Granularity.MONTH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no incident cube holds COUNT for 2024-01");
    }

    /**
     * A series from the records aggregates only the incident measures its indicator reads
     * ({@link Computation#incidentMeasures}); every indicator's series, for a unit and for every
     * unit, in every group it has, must be the series from cubes of every measure.
     */
    @Test
    void series_ofEveryIndicator_fromTheMeasuresItReads_areTheSeriesOfFullCubes() {
        List<Period> months = Granularity.MONTH.periodsOf(YEAR);
        List<Period> all = new java.util.ArrayList<>(months);
        months.forEach(m -> all.add(m.yearEarlier()));
        Indicators full = Indicators.of(Aggregates.of(DATA, all, 2));
        Indicators records = Indicators.of(DATA);
        String unit = DATA.tree().unit(0).code();
        Selector.All selectors = Selector.All.of(DATA.taxonomy());
        int compared = 0;
        for (Indicator indicator : Indicator.values()) {
            List<Selector> groups = selectors.chosen(indicator, IndicatorSettings.defaults());
            for (Selector s : groups) {
                Group g = s.group();
                assertThat(records.series(indicator, unit, g, YEAR, Granularity.MONTH))
                        .as("%s %s", indicator, g).isEqualTo(full.series(indicator, unit, g, YEAR, Granularity.MONTH));
                compared++;
            }
            Group first = groups.get(0).group();
            assertThat(records.seriesByUnit(indicator, first, YEAR, Granularity.MONTH)).as("%s by unit", indicator)
                    .isEqualTo(full.seriesByUnit(indicator, first, YEAR, Granularity.MONTH));
        }
        assertThat(compared).isGreaterThan(Indicator.values().length);
        assertThat(Computation.incidentMeasures(Indicator.INCIDENTS_COUNT)).containsExactly(IncidentMeasure.COUNT);
    }

    @Test
    void missingPeriodOrKind_isAnErrorNamingThem() {
        Aggregates onlyYear = Aggregates.of(DATA, List.of(YEAR), 1);
        assertThatThrownBy(() -> Indicators.of(onlyYear).period(YEAR).compareYearOnYear().compute())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no incident cube holds COUNT for 2022 (the incident cubes hold [[COUNT,")
                .hasMessageEndingWith("for [2023]]); add one with Aggregates.withIncidents");
        assertThat(Indicators.of(onlyYear).period(YEAR).compute().size()).isPositive();

        Aggregates noDisputes = empty().withIncidents(onlyYear.incidents().get(0));
        assertThatThrownBy(() -> Indicators.of(noDisputes).period(YEAR).compute(Indicator.DISPUTES_COUNT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no dispute cube to compute from; add one with Aggregates.withDisputes");
        assertThat(Indicators.of(noDisputes).period(YEAR).compute(Indicator.INCIDENTS_COUNT).rows())
                .isEqualTo(Indicators.of(DATA).period(YEAR).compute(Indicator.INCIDENTS_COUNT).rows());

        Cube<IncidentMeasure> countsOnly = IncidentAccumulator.countsOnly(DATA.tree().size(), DATA.taxonomy().size(),
                PeriodIndex.of(YEAR)).add(DATA.incidents()).snapshot();
        Indicators counts = Indicators.of(empty().withIncidents(countsOnly)).period(YEAR);
        assertThat(counts.compute(Indicator.INCIDENTS_COUNT).rows())
                .isEqualTo(Indicators.of(DATA).period(YEAR).compute(Indicator.INCIDENTS_COUNT).rows());
        assertThatThrownBy(() -> counts.compute(Indicator.INCIDENTS_CLEARANCE_RATE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no incident cube holds CLEARED for 2023");
    }

    @Test
    void cubesOfAnotherShape_areRefused() {
        Cube<IncidentMeasure> small = IncidentAccumulator.create(3, DATA.taxonomy().size(), PeriodIndex.of(YEAR))
                .snapshot();
        assertThatThrownBy(() -> empty().withIncidents(small)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the incidents cube has 3 units; the tree " + DATA.tree().size());
        Cube<IncidentMeasure> narrow = IncidentAccumulator.create(DATA.tree().size(), 2, PeriodIndex.of(YEAR))
                .snapshot();
        assertThatThrownBy(() -> empty().withIncidents(narrow)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the incident cube has 2 categories; the taxonomy " + DATA.taxonomy().size());
        assertThatThrownBy(() -> empty().withDisputes(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("cube");
    }

    @Test
    void whatReadsTheRecords_saysTheCubesCannot() {
        Indicators cubes = Indicators.of(Aggregates.of(DATA, List.of(YEAR), 1));
        assertThat(cubes.hasRecords()).isFalse();
        assertThat(Indicators.of(DATA).hasRecords()).isTrue();
        assertThat(cubes.tree()).isSameAs(DATA.tree());
        assertThatThrownBy(cubes::data).isInstanceOf(IllegalStateException.class)
                .hasMessage("the data needs the records, and these indicators were made from cubes (Aggregates);"
                        + " make them with Indicators.of(ColumnarDataset)");
        assertThatThrownBy(() -> cubes.crimeClock(DATA.tree().unit(0).code(), Group.ALL, YEAR))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("the crime clock needs the records");
        assertThat(Aggregates.of(DATA, List.of(YEAR), 1).toString())
                .isEqualTo("Aggregates[" + DATA.tree().size() + " units; incidents [2023]; disputes [2023];"
                        + " outreach [2023]]");
    }
}
