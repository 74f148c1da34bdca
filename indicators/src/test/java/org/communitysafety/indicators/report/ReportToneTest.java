package org.communitysafety.indicators.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.sample.SampleSpec;
import org.communitysafety.indicators.Change;
import org.communitysafety.indicators.Indicator;
import org.communitysafety.indicators.Indicator.Direction;
import org.communitysafety.indicators.Indicators;
import org.communitysafety.indicators.phrasing.Language;
import org.junit.jupiter.api.Test;

/**
 * Better and worse in the tables: a significant change is toned by its indicator's direction (a
 * fall in crime and a rise in the clearance rate are both for the better), a unit outside the
 * 99.8% funnel limits by its side, and the HTML shades the cells and says what its colours mean.
 * The figures are the bundled sample's (SampleSpec.standard()) 2024 city report, whose changes the
 * golden files of the examples module pin: {@code report-2024-zh.html.golden}.
 */
class ReportToneTest {

    static final ColumnarDataset SAMPLE = ColumnarDataset.of(SampleGenerator.of(SampleSpec.standard()).dataset());
    static final Report ZH = Report.builder(Indicators.of(SAMPLE)).period("2024").build();
    static final Report EN = Report.builder(Indicators.of(SAMPLE)).period("2024").language(Language.EN).build();

    @Test
    void direction_ofEveryIndicator_asABulletinReadsIt() {
        assertThat(Indicator.INCIDENTS_COUNT.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(Indicator.INCIDENTS_RATE_PER_10K.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(Indicator.INCIDENTS_CLEARANCE_RATE.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(Indicator.UNITS_ZERO_INCIDENT_SHARE.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(Indicator.DISPUTES_BACKLOG.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(Indicator.DISPUTES_COUNT.direction()).isEqualTo(Direction.NEITHER);
        assertThat(Indicator.DISPUTES_AMOUNT.direction()).isEqualTo(Direction.NEITHER);
        assertThat(Indicator.OUTREACH_SESSIONS.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        for (Indicator i : Indicator.values()) {
            assertThat(i.direction()).as(i.id()).isNotNull();
        }
    }

    @Test
    void isBetter_bySignAndDirection_emptyForNeitherOrNoChange() {
        assertThat(Direction.LOWER_IS_BETTER.isBetter(-3)).contains(true);
        assertThat(Direction.LOWER_IS_BETTER.isBetter(0.5)).contains(false);
        assertThat(Direction.HIGHER_IS_BETTER.isBetter(2.3)).contains(true);
        assertThat(Direction.HIGHER_IS_BETTER.isBetter(-0.1)).contains(false);
        assertThat(Direction.NEITHER.isBetter(5)).isEmpty();
        assertThat(Direction.LOWER_IS_BETTER.isBetter(0)).isEmpty();
        assertThat(Direction.HIGHER_IS_BETTER.isBetter(Double.NaN)).isEmpty();
    }

    @Test
    void keyTable_fallInCrimeAndRiseInClearance_bothBetter() {
        Report.Table key = ZH.section("incidents").orElseThrow().tables().get(0);
        assertThat(change(key, "刑事案件发案数")).isEqualTo(new Report.Cell("同比下降16.0% *", Report.Tone.BETTER));
        assertThat(change(key, "刑事案件破案率")).isEqualTo(new Report.Cell("同比上升2.3个百分点 *", Report.Tone.BETTER));
        assertThat(change(key, "重复报警率")).isEqualTo(new Report.Cell("同比下降0.8个百分点 *", Report.Tone.BETTER));
    }

    @Test
    void significantRiseInIncidents_worse_notSignificant_untoned() {
        Report.Table other = ZH.section("incidents").orElseThrow().tables().get(2);
        assertThat(change(other, "交通类警情发案数")).isEqualTo(new Report.Cell("同比上升6.4% *", Report.Tone.WORSE));
        for (List<Report.Cell> row : ZH.section("incidents").orElseThrow().tables().get(1).cells()) {
            Report.Cell c = row.get(3);
            assertThat(c.tone() != Report.Tone.NONE).as(c.text()).isEqualTo(c.text().endsWith("*"));
        }
    }

    @Test
    void disputesReceived_neitherBetterNorWorse_untoned() {
        for (Report report : List.of(ZH, EN)) {
            Report.Table disputes = report.section("disputes").orElseThrow().tables().get(0);
            String name = report.language() == Language.ZH ? Indicator.DISPUTES_COUNT.nameZh()
                    : Indicator.DISPUTES_COUNT.nameEn();
            List<List<Report.Cell>> received = disputes.cells().stream()
                    .filter(r -> r.get(0).text().toLowerCase(java.util.Locale.ROOT).startsWith(name.toLowerCase(
                            java.util.Locale.ROOT))).toList();
            assertThat(received).as(name).hasSize(1);
            assertThat(received.get(0)).allSatisfy(c -> assertThat(c.tone()).isEqualTo(Report.Tone.NONE));
        }
    }

    @Test
    void tone_significantOnly_byDirection_neitherUntonedEvenWhenSignificant() {
        Change up = change(true, 100);
        assertThat(ReportContext.tone(Indicator.DISPUTES_COUNT, up)).isEqualTo(Report.Tone.NONE);
        assertThat(ReportContext.tone(Indicator.INCIDENTS_COUNT, up)).isEqualTo(Report.Tone.WORSE);
        assertThat(ReportContext.tone(Indicator.DISPUTES_SUCCESS_RATE, up)).isEqualTo(Report.Tone.BETTER);
        assertThat(ReportContext.tone(Indicator.INCIDENTS_COUNT, change(true, -3))).isEqualTo(Report.Tone.BETTER);
        assertThat(ReportContext.tone(Indicator.INCIDENTS_COUNT, change(false, -3))).isEqualTo(Report.Tone.NONE);
    }

    private static Change change(boolean significant, double absolute) {
        return new Change(Period.parse("2023"), OptionalDouble.of(1000), OptionalLong.empty(), OptionalLong.empty(),
                OptionalDouble.of(absolute), OptionalDouble.of(absolute / 10), OptionalDouble.empty(),
                OptionalDouble.of(significant ? 0.001 : 0.4), significant);
    }

    @Test
    void ranking_aboveTheLimitWorse_belowBetter_insideUntoned() {
        Report.Table ranking = ZH.section("children").orElseThrow().tables().get(1);
        int above = 0;
        int below = 0;
        for (List<Report.Cell> row : ranking.cells()) {
            Report.Cell position = row.get(6);
            switch (position.text()) {
                case "高于99.8%上限" -> {
                    assertThat(position.tone()).isEqualTo(Report.Tone.WORSE);
                    above++;
                }
                case "低于99.8%下限" -> {
                    assertThat(position.tone()).isEqualTo(Report.Tone.BETTER);
                    below++;
                }
                default -> assertThat(position.tone()).as(position.text()).isEqualTo(Report.Tone.NONE);
            }
        }
        assertThat(above).isEqualTo(2);
        assertThat(below).isEqualTo(4);
    }

    @Test
    void html_shadesTonedCells_andNamesOnlyTheColoursDrawn() {
        String html = ZH.toHtml();
        assertThat(html).contains("<td class=\"better\">同比下降16.0% *</td>")
                .contains("<td class=\"worse\">高于99.8%上限</td>")
                .contains("td.better { background: #d5efe6; }");
        // the key table has only changes for the better: its note names green alone
        int key = html.indexOf("<td class=\"better\">同比下降16.0% *</td>");
        int note = html.indexOf("<p class=\"note\">浅绿色底纹", key);
        assertThat(note).isPositive();
        assertThat(html.substring(note, html.indexOf("</p>", note))).doesNotContain("橙红");
        assertThat(html).contains("<p class=\"note\">浅绿色底纹表示显著向好，浅橙红色底纹表示显著变差。</p>");
        // the JSON carries the tones beside the rows of a toned table, for a generator to shade
        assertThat(ZH.toJson()).contains("\"tones\" : [ [ \"\", \"\", \"\", \"better\" ]");
        // the Markdown draws no colours and says nothing of them
        assertThat(ZH.toMarkdown()).doesNotContain("底纹");
        Report.Table untoned = Report.Table.of("t", List.of("a"), List.of(List.of("1")), List.of());
        assertThat(untoned.isToned()).isFalse();
    }

    private static Report.Cell change(Report.Table table, String name) {
        Optional<List<Report.Cell>> row = table.cells().stream().filter(r -> r.get(0).text().equals(name)).findFirst();
        assertThat(row).as(name).isPresent();
        return row.get().get(3);
    }
}
