package org.communitysafety.indicators.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.communitysafety.core.taxonomy.Category;
import org.communitysafety.core.taxonomy.Taxonomy;
import org.communitysafety.indicators.Indicators;
import org.communitysafety.indicators.phrasing.Language;
import org.junit.jupiter.api.Test;

/** A custom taxonomy's labels, not the built-in ones nor raw codes, name its groups in its reports. */
final class ReportTaxonomyTest {

    /**
     * The sample's category codes (so its incidents stay valid) in custom groups: {@code stealing}
     * labelled by the taxonomy, {@code gambling} named after its one category (relabelled), and
     * {@code misc} with no label anywhere.
     */
    static Taxonomy custom() {
        List<Category> categories = new ArrayList<>();
        for (Category c : Taxonomy.defaultCategories()) {
            String group = switch (c.code()) {
                case "theft", "burglary", "vehicle_theft", "ebike_theft" -> "stealing";
                case "gambling" -> "gambling";
                default -> "misc";
            };
            categories.add(c.code().equals("gambling")
                    ? Category.of("gambling", "聚众赌博", "gambling dens", false, "gambling")
                    : Category.of(c.code(), c.labelZh(), c.labelEn(), c.criminal(), group));
        }
        return Taxonomy.of(categories).withGroupLabel("stealing", "偷窃与入室", "stealing and break-ins");
    }

    static final ColumnarDataset DATA = ColumnarDataset.of(SampleGenerator.of(SampleSpec.standard().withVillages(30)
            .withIncidents(3_000).withDisputes(500).withOutreach(100)).dataset().withTaxonomy(custom()));

    /** The first column of the incidents' table {@code table}: 1 criminal cases, 2 the others. */
    private static List<String> groupRows(Report report, int table) {
        return report.section("incidents").orElseThrow().tables().get(table).rows().stream().map(r -> r.get(0))
                .toList();
    }

    /** Both group tables' rows. */
    private static List<String> groupRows(Report report) {
        List<String> rows = new ArrayList<>(groupRows(report, 1));
        rows.addAll(groupRows(report, 2));
        return rows;
    }

    @Test
    void groupsOfACustomTaxonomy_zh_carryItsLabels() {
        Report zh = Report.builder(Indicators.of(DATA)).period("2024").language(Language.ZH).build();
        // criminal cases: the group of criminal categories first, then its categories, largest first
        assertThat(groupRows(zh, 1).get(0)).isEqualTo("偷窃与入室发案数");
        assertThat(groupRows(zh, 1)).contains("盗窃发案数", "入室盗窃发案数").doesNotContain("聚众赌博发案数");
        // the others: misc (criminal and other categories) and gambling, groups before categories
        List<String> other = groupRows(zh, 2);
        assertThat(other.subList(0, 2)).containsExactlyInAnyOrder("misc发案数", "聚众赌博发案数");
        assertThat(other).doesNotHaveDuplicates().contains("治安案件发案数");
        assertThat(other.stream().filter(s -> s.equals("聚众赌博发案数")).count())
                .as("the gambling category is the gambling group's only one: listed once").isEqualTo(1);
        assertThat(zh.toMarkdown()).contains("偷窃与入室发案数").doesNotContain("stealing");
    }

    @Test
    void groupsOfACustomTaxonomy_en_carryItsLabels() {
        Report en = Report.builder(Indicators.of(DATA)).period("2024").language(Language.EN).build();
        assertThat(groupRows(en, 1).get(0)).isEqualTo("stealing and break-ins: incidents");
        assertThat(groupRows(en, 2).subList(0, 2)).containsExactlyInAnyOrder("gambling dens: incidents",
                "misc: incidents");
        assertThat(en.toHtml()).contains("stealing and break-ins: incidents").doesNotContain("偷窃");
    }

    @Test
    void groupLabel_ofTheTaxonomy_winsOverTheBuiltInOne() {
        Taxonomy relabelled = Taxonomy.defaultTaxonomy().withGroupLabel("theft", "盗窃", "thefts of all kinds");
        ColumnarDataset data = ColumnarDataset.of(SampleGenerator.of(SampleSpec.standard().withVillages(30)
                .withIncidents(3_000).withDisputes(500).withOutreach(100)).dataset().withTaxonomy(relabelled));
        Report en = Report.builder(Indicators.of(data)).period("2024").language(Language.EN).build();
        assertThat(groupRows(en)).contains("thefts of all kinds: incidents", "fraud: incidents");
    }
}
