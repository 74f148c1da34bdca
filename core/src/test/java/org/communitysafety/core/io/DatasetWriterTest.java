package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Round trips: records → CSV → records gives equal records, and CSV → records → CSV the same bytes. */
final class DatasetWriterTest {
    @TempDir
    Path dir;

    /** A small data set with every field used, absent and present, Chinese text and awkward characters. */
    static Dataset everyField() {
        JurisdictionTree tree = JurisdictionTree.of(
                Jurisdiction.root("33", "测试市", Level.CITY),
                Jurisdiction.of("3301", "西湖区, \"老城\"", Level.DISTRICT, "33").withAreaKm2(312.4),
                Jurisdiction.of("330101", "北山街道", Level.TOWN, "3301").withKind(AreaKind.URBAN),
                Jurisdiction.of("330101001", "西溪\n社区", Level.VILLAGE, "330101").withPopulation(5000)
                        .withHouseholds(1800).withAreaKm2(1.2).withKind(AreaKind.URBAN),
                Jurisdiction.of("330101002", "灵隐村", Level.VILLAGE, "330101").withPopulation(1200)
                        .withKind(AreaKind.RURAL));
        LocalDate d = LocalDate.of(2024, 2, 29);
        List<Incident> incidents = List.of(
                Incident.of("I1", "330101001", "telecom_fraud", d, true).withReportedOn(d.plusDays(1))
                        .withClearedOn(d.plusDays(30)).withRepeatCall(true)
                        .withLoss(Money.ofYuan("123456789.99"), Money.ofYuan("0.01")).withSource(IncidentSource.ONLINE),
                Incident.of("I2", "330101", "fire", d, false),
                Incident.of("I3", "330101002", "theft", d, false));
        List<Dispute> disputes = List.of(
                new Dispute("D1", "330101001", DisputeType.LABOUR, d, DisputeStatus.RESOLVED, Optional.of(d),
                        Money.ofYuan("2000.5"), Optional.of("警调对接"), Optional.of("个人调解工作室, \"老杨\"")),
                Dispute.open("D2", "330101002", DisputeType.NEIGHBOUR, d));
        List<OutreachSession> outreach = List.of(
                new OutreachSession("O1", "330101002", OutreachType.ANTI_FRAUD, d, 2, 5, 120, 30, 3, 2, 1, 1,
                        Money.ofYuan(5000)),
                OutreachSession.of("O2", "3301", OutreachType.PATROL, d));
        Populations populations = Populations.of(List.of(PopulationFigure.of("330101001", 2023, 4900),
                new PopulationFigure("330101002", 2024, 1250, OptionalLong.of(410))));
        return new Dataset(tree, Taxonomy.defaultTaxonomy(), populations, incidents, disputes, outreach);
    }

    @Test
    void write_thenRead_givesAnEqualDataset() throws IOException {
        Dataset original = everyField();

        DatasetWriter.write(original, dir);
        ReadResult result = DatasetReader.read(dir);

        assertThat(result.report().problems()).isEmpty();
        assertThat(result.orThrow()).isEqualTo(original);
        assertThat(Files.exists(dir.resolve("taxonomy.csv"))).as("default taxonomy is not written").isFalse();
    }

    @Test
    void read_thenWrite_givesTheSameBytes() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        DatasetWriter.write(everyField(), first);

        DatasetWriter.write(DatasetReader.read(first).orThrow(), second);

        for (String file : List.of("jurisdictions.csv", "populations.csv", "incidents.csv", "disputes.csv",
                "outreach.csv")) {
            assertThat(Files.readString(second.resolve(file))).as(file)
                    .isEqualTo(Files.readString(first.resolve(file)));
        }
    }

    @Test
    void write_customTaxonomy_isWrittenAndReadBack() throws IOException {
        Taxonomy custom = Taxonomy.of(List.of(Category.of("pickpocket", "扒窃", "pickpocketing", true, "property"),
                Category.of("noise", "噪音", "noise", false)));
        Dataset original = new Dataset(everyField().tree(), custom, Populations.none(),
                List.of(Incident.of("I1", "330101001", "pickpocket", LocalDate.of(2024, 1, 1), true)), List.of(),
                List.of());

        DatasetWriter.write(original, dir);

        assertThat(DatasetReader.read(dir).orThrow()).isEqualTo(original);
    }

    /** Law: over many seeded random incident sets, writing and reading back is the identity. */
    @Test
    void roundTrip_randomIncidents_isTheIdentity() throws IOException {
        Random random = new Random(7);
        Dataset base = everyField();
        List<String> units = base.tree().units().stream().map(Jurisdiction::code).toList();
        List<Category> categories = base.taxonomy().categories();
        for (int round = 0; round < 30; round++) {
            List<Incident> incidents = new ArrayList<>();
            int n = random.nextInt(40);
            for (int k = 0; k < n; k++) {
                LocalDate occurred = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000));
                Category c = categories.get(random.nextInt(categories.size()));
                Incident i = Incident.of("I" + k, units.get(random.nextInt(units.size())), c.code(), occurred,
                        random.nextBoolean());
                if (random.nextBoolean()) {
                    i = i.withClearedOn(occurred.plusDays(random.nextInt(400)));
                }
                if (random.nextInt(4) == 0) {
                    i = i.withReportedOn(occurred.plusDays(random.nextInt(5)));
                }
                i = i.withLoss(Money.ofFen(random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000)),
                        Money.ofFen(random.nextInt(100))).withRepeatCall(random.nextInt(10) == 0)
                        .withSource(IncidentSource.values()[random.nextInt(IncidentSource.values().length)]);
                incidents.add(i);
            }
            Dataset original = new Dataset(base.tree(), base.taxonomy(), Populations.none(), incidents, List.of(),
                    List.of());
            Path roundDir = dir.resolve("r" + round);

            DatasetWriter.write(original, roundDir);

            assertThat(DatasetReader.read(roundDir).orThrow()).as("round %d", round).isEqualTo(original);
        }
    }

    @Test
    void roundTrip_tinyAndHugeAreasAndEmptyKinds_surviveUnchanged() throws IOException {
        JurisdictionTree tree = JurisdictionTree.of(
                Jurisdiction.root("1", "City", Level.CITY).withAreaKm2(12345678.9),
                Jurisdiction.of("11", "Town", Level.TOWN, "1").withAreaKm2(0.0001),
                Jurisdiction.of("111", "Village", Level.VILLAGE, "11").withAreaKm2(3));
        Dataset original = Dataset.of(tree, List.of(), List.of(), List.of());

        DatasetWriter.write(original, dir);

        assertThat(Files.readString(dir.resolve("jurisdictions.csv"))).contains("12345678.9").contains("0.0001")
                .doesNotContain("E");
        assertThat(DatasetReader.read(dir).orThrow()).isEqualTo(original);
    }

    @Test
    void writeRejects_keepsTheFieldsAndTheReasons() throws IOException {
        Problem p = Problem.error("incidents.csv", 3, "cleared_on", "2023-02-30", "2023-02-30 is not a date");
        RejectedRow row = new RejectedRow("incidents.csv", 3, List.of("I2", "u,1", "2023-02-30"), List.of(p));

        DatasetWriter.writeRejects(List.of(row), dir.resolve("rejects.csv"));

        assertThat(Files.readString(dir.resolve("rejects.csv"))).isEqualTo(
                "file,line,reasons,field_1,field_2,field_3\n"
                        + "incidents.csv,3,cleared_on: 2023-02-30 is not a date,I2,\"u,1\",2023-02-30\n");
    }

    /** Issue 13, item 6: rejected rows come from untrusted files and people open rejects.csv in a spreadsheet. */
    @Test
    void writeRejects_neutralisesFormulasUnlessRaw() throws IOException {
        Problem p = Problem.error("incidents.csv", 3, "loss", "@SUM(A1:A9)", "@SUM(A1:A9) is not an amount");
        RejectedRow row = new RejectedRow("incidents.csv", 3, List.of("=HYPERLINK(\"http://x\",\"click\")", "-5.86",
                "@SUM(A1:A9)"), List.of(p));

        DatasetWriter.writeRejects(List.of(row), dir.resolve("rejects.csv"));
        assertThat(Files.readString(dir.resolve("rejects.csv"))).isEqualTo(
                "file,line,reasons,field_1,field_2,field_3\n"
                        + "incidents.csv,3,loss: @SUM(A1:A9) is not an amount,"
                        + "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",-5.86,'@SUM(A1:A9)\n");

        DatasetWriter.writeRejects(List.of(row), dir.resolve("raw.csv"), false);
        assertThat(Files.readString(dir.resolve("raw.csv"))).endsWith(
                ",\"=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",-5.86,@SUM(A1:A9)\n");
    }
}
