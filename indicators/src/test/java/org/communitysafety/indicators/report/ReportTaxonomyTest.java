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

    private static List<String> groupRows(Report report) {
        return report.section("incidents").orElseThrow().tables().get(1).rows().stream().map(r -> r.get(0)).toList();
    }

    @Test
    void groupsOfACustomTaxonomy_zh_carryItsLabels() {
        Report zh = Report.builder(Indicators.of(DATA)).period("2024").language(Language.ZH).build();
        assertThat(groupRows(zh)).containsExactly("聚众赌博发案数", "misc发案数", "偷窃与入室发案数");
        assertThat(zh.toMarkdown()).contains("偷窃与入室发案数").doesNotContain("stealing");
    }

    @Test
    void groupsOfACustomTaxonomy_en_carryItsLabels() {
        Report en = Report.builder(Indicators.of(DATA)).period("2024").language(Language.EN).build();
        assertThat(groupRows(en)).containsExactly("gambling dens: incidents", "misc: incidents",
                "stealing and break-ins: incidents");
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
