package org.communitysafety.core.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.jurisdiction.AreaKind;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.jurisdiction.PopulationFigure;
import org.communitysafety.core.jurisdiction.Populations;
import org.communitysafety.core.record.Dispute;
import org.communitysafety.core.record.DisputeStatus;
import org.communitysafety.core.record.DisputeType;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.IncidentSource;
import org.communitysafety.core.record.Money;
import org.communitysafety.core.record.OutreachSession;
import org.communitysafety.core.record.OutreachType;
import org.communitysafety.core.taxonomy.Category;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * A small hand-built data set for the interop round trips (JSON Lines, Tablesaw): every field
 * populated somewhere and left empty somewhere else, Chinese names, amounts from 0.01 to
 * 123456789.99, a custom taxonomy and year-specific populations.
 *
 * <p>Units of level town or village always have a kind here: the reader implies
 * {@code rural} for an empty kind at those levels, so an empty kind there would not read back.
 */
public final class InteropSamples {
    private InteropSamples() {}

    public static Dataset full() {
        JurisdictionTree tree = JurisdictionTree.of(
                Jurisdiction.root("33", "测试市", Level.CITY),
                new Jurisdiction("3301", "西湖区", Level.DISTRICT, Optional.of("33"), OptionalLong.empty(),
                        OptionalLong.of(2300), OptionalDouble.of(312.5), Optional.of(AreaKind.URBAN)),
                Jurisdiction.of("330101", "北山街道", Level.TOWN, "3301").withKind(AreaKind.URBAN)
                        .withAreaKm2(8),
                new Jurisdiction("330101001", "西溪社区", Level.VILLAGE, Optional.of("330101"), OptionalLong.of(5000),
                        OptionalLong.of(1800), OptionalDouble.of(1.2), Optional.of(AreaKind.URBAN)),
                Jurisdiction.of("330101002", "灵隐村", Level.VILLAGE, "330101").withPopulation(1200)
                        .withKind(AreaKind.RURAL));
        List<Category> categories = new ArrayList<>(Taxonomy.defaultCategories());
        categories.add(Category.of("elder_fraud", "养老诈骗", "fraud against the elderly", true, "fraud", "property"));
        Taxonomy taxonomy = Taxonomy.of(categories);
        Populations populations = Populations.of(List.of(
                new PopulationFigure("330101001", 2024, 5100, OptionalLong.of(1850)),
                PopulationFigure.of("330101002", 2024, 1210)));
        List<Incident> incidents = List.of(
                new Incident("I1", "330101001", "telecom_fraud", LocalDate.of(2024, 3, 7),
                        Optional.of(LocalDate.of(2024, 3, 8)), Optional.of(LocalDate.of(2024, 3, 20)), true, true,
                        Money.ofYuan("123456789.99"), Money.ofFen(1), IncidentSource.ONLINE),
                Incident.of("I2", "330101002", "gambling", LocalDate.of(2024, 2, 29), false),
                Incident.of("案-3", "330101", "elder_fraud", LocalDate.of(2024, 12, 31), false)
                        .withLoss(Money.ofYuan("12.50"), Money.ZERO).withSource(IncidentSource.WALK_IN));
        List<Dispute> disputes = List.of(
                new Dispute("D1", "330101001", DisputeType.NEIGHBOUR, LocalDate.of(2024, 1, 5), DisputeStatus.RESOLVED,
                        Optional.of(LocalDate.of(2024, 1, 9)), Money.ofYuan(2000), Optional.of("警调对接"),
                        Optional.of("人民调解委员会")),
                Dispute.open("D2", "330101", DisputeType.LABOUR, LocalDate.of(2024, 2, 1)),
                new Dispute("D3", "330101002", DisputeType.LAND, LocalDate.of(2024, 3, 1), DisputeStatus.REFERRED,
                        Optional.of(LocalDate.of(2024, 3, 1)), Money.ofFen(1), Optional.empty(),
                        Optional.of("Li, \"Lao\" Wang")));
        List<OutreachSession> outreach = List.of(
                new OutreachSession("O1", "330101002", OutreachType.ANTI_FRAUD, LocalDate.of(2024, 3, 1), 2, 5, 120,
                        30, 3, 2, 1, 4, Money.ofYuan("5000.05")),
                OutreachSession.of("O2", "3301", OutreachType.PATROL, LocalDate.of(2024, 3, 2)));
        return new Dataset(tree, taxonomy, populations, incidents, disputes, outreach);
    }
}
