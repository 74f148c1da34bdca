package org.communitysafety.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

final class TaxonomyTest {
    private final Taxonomy taxonomy = Taxonomy.defaultTaxonomy();

    @Test
    void defaultTaxonomy_coversTheCategoriesOfTheReports() {
        assertThat(taxonomy.categories()).extracting(Category::code).containsExactly("theft", "burglary",
                "vehicle_theft", "ebike_theft", "fraud", "telecom_fraud", "robbery", "snatching", "assault",
                "homicide", "sexual_offence", "drugs", "gambling", "public_order", "traffic_accident", "fire",
                "dispute_call", "other");
    }

    @Test
    void group_twoRobberiesAndFraud_haveTheirMembers() {
        assertThat(taxonomy.group("two_robberies")).extracting(Category::code).containsExactly("robbery", "snatching");
        assertThat(taxonomy.group("fraud")).extracting(Category::code).containsExactly("fraud", "telecom_fraud");
        assertThat(taxonomy.group("traffic")).extracting(Category::code).containsExactly("traffic_accident");
        assertThat(taxonomy.group(Taxonomy.CRIMINAL)).allMatch(Category::criminal).hasSize(12);
    }

    @Test
    void groupMask_marksTheMembersByIndex() {
        boolean[] mask = taxonomy.groupMask("two_robberies");

        assertThat(mask).hasSize(taxonomy.size());
        assertThat(mask[taxonomy.indexOf("robbery")]).isTrue();
        assertThat(mask[taxonomy.indexOf("snatching")]).isTrue();
        assertThat(mask[taxonomy.indexOf("theft")]).isFalse();
    }

    @Test
    void group_unknown_listsTheGroups() {
        var e = assertThrows(IllegalArgumentException.class, () -> taxonomy.group("arson"));

        assertThat(e.getMessage()).startsWith("unknown group arson; the groups are [contact_property, criminal,");
    }

    @Test
    void category_unknownCode_suggestsTheNearest() {
        var e = assertThrows(IllegalArgumentException.class, () -> taxonomy.category("telecom_frand"));

        assertEquals("unknown category telecom_frand; did you mean telecom_fraud?", e.getMessage());
    }

    @Test
    void category_criminal_joinsTheCriminalGroup_andANonCriminalCannotClaimIt() {
        assertThat(Category.of("x", "甲", "x", true).groups()).containsExactly("criminal");
        var e = assertThrows(IllegalArgumentException.class, () -> Category.of("y", "乙", "y", false, "criminal"));
        assertEquals("category y is not criminal but lists the group criminal", e.getMessage());
        var bad = assertThrows(IllegalArgumentException.class, () -> Category.of("Bad Code", "乙", "y", false));
        assertEquals("code Bad Code must be lower-case letters, digits and underscores", bad.getMessage());
    }

    @Test
    void of_duplicateCode_isRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Taxonomy.of(List.of(
                Category.of("a", "甲", "a", false), Category.of("a", "乙", "b", true))));

        assertEquals("duplicate category a", e.getMessage());
    }

    @Test
    void withGroupLabel_labelsTheGroup_andLeavesTheOriginal() {
        Taxonomy t = Taxonomy.defaultTaxonomy().withGroupLabel("theft", "盗窃类", "thefts");

        assertThat(t.groupLabel("theft")).contains(new Taxonomy.GroupLabel("盗窃类", "thefts"));
        assertThat(t.groupLabel("fraud")).isEmpty();
        assertThat(Taxonomy.defaultTaxonomy().groupLabel("theft")).isEmpty();
        assertThat(t).isNotEqualTo(Taxonomy.defaultTaxonomy());
        assertThat(t.categories()).isEqualTo(Taxonomy.defaultTaxonomy().categories());
    }

    @Test
    void withGroupLabel_unknownGroup_namesTheGroups() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Taxonomy.of(List.of(Category.of("a", "甲", "a", false, "g"))).withGroupLabel("h", "乙", "b"));

        assertEquals("unknown group h; the groups are [g]", e.getMessage());
    }
}
