package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.Predicate;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.record.Dispute;
import org.communitysafety.core.record.DisputeStatus;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.communitysafety.core.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

/**
 * The indicators on a seeded sample against a naive reference written with plain streams over
 * the record objects, for every unit and every taxonomy group: the counts, the cohort clearance
 * rate, the zero-incident share and the dispute resolution rate; and the laws the figures obey
 * (roll-up, the dispute ledger).
 */
class AgainstRecordsTest {

    static final Dataset DATA = SampleGenerator.of(SampleSpec.standard().withSeed(7).withVillages(60)
            .withIncidents(6_000).withDisputes(2_000).withOutreach(500)).dataset();
    static final Period YEAR = Period.parse("2023");
    static final Results R = Indicators.of(DATA).period(YEAR).compareYearOnYear().computeAll();
    static final JurisdictionTree TREE = DATA.tree();
    static final Taxonomy TAX = DATA.taxonomy();

    static boolean in(Period p, LocalDate d) {
        return p.contains(d);
    }

    static boolean under(String unit, int ancestor) {
        return TREE.isInSubtree(TREE.indexOf(unit), ancestor);
    }

    static Predicate<Incident> inGroup(String group) {
        return group.equals("all") ? i -> true : i -> TAX.category(i.category()).isIn(group);
    }

    @Test
    void incidentCountsAndClearanceForEveryUnitAndGroup() {
        int checked = 0;
        for (int u = 0; u < TREE.size(); u++) {
            String code = TREE.unit(u).code();
            for (String group : groupsAndAll()) {
                int unit = u;
                var mine = DATA.incidents().stream()
                        .filter(i -> under(i.unit(), unit) && in(YEAR, i.occurredOn()))
                        .filter(inGroup(group)).toList();
                long cleared = mine.stream()
                        .filter(i -> i.clearedOn().map(c -> !c.isAfter(YEAR.end())).orElse(false)).count();
                assertThat(R.get("incidents.count", code, group).value().orElseThrow())
                        .as("%s %s", code, group).isEqualTo(mine.size());
                IndicatorRow rate = R.get("incidents.clearance_rate", code, group);
                assertThat(rate.numerator().orElseThrow()).isEqualTo(cleared);
                assertThat(rate.denominator().orElseThrow()).isEqualTo(mine.size());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(60 * 10);
    }

    @Test
    void zeroIncidentShareCountsTheLeavesWithNoCriminalIncident() {
        for (int u = 0; u < TREE.size(); u++) {
            int unit = u;
            int[] leaves = TREE.leavesUnder(u);
            long zero = java.util.Arrays.stream(leaves)
                    .filter(v -> DATA.incidents().stream().noneMatch(i -> TREE.indexOf(i.unit()) == v
                            && in(YEAR, i.occurredOn()) && TAX.category(i.category()).isIn(Taxonomy.CRIMINAL)))
                    .count();
            IndicatorRow row = R.get("units.zero_incident_share", TREE.unit(unit).code(), "criminal");
            assertThat(row.numerator().orElseThrow()).isEqualTo(zero);
            assertThat(row.denominator().orElseThrow()).isEqualTo(leaves.length);
        }
    }

    @Test
    void disputeResolutionAgainstRecordsAndTheLedgerBalances() {
        for (int u = 0; u < TREE.size(); u++) {
            int unit = u;
            String code = TREE.unit(u).code();
            var received = DATA.disputes().stream()
                    .filter(d -> under(d.unit(), unit) && in(YEAR, d.receivedOn())).toList();
            long resolved = received.stream().filter(d -> d.status() == DisputeStatus.RESOLVED
                    && d.closedOn().map(c -> !c.isAfter(YEAR.end())).orElse(false)).count();
            IndicatorRow rate = R.get("disputes.resolution_rate", code, "all");
            assertThat(rate.denominator().orElseThrow()).isEqualTo(received.size());
            assertThat(rate.numerator().orElseThrow()).isEqualTo(resolved);
            long backlog = DATA.disputes().stream()
                    .filter(d -> under(d.unit(), unit) && d.isOpenOn(YEAR.end())).count();
            assertThat(R.get("disputes.backlog", code, "all").value().orElseThrow()).isEqualTo(backlog);
            for (Group g : R.indicator("disputes.count").unit(code).stream().map(IndicatorRow::group).toList()) {
                String group = g.toString();
                double opening = R.get("disputes.opening_backlog", code, group).value().orElseThrow();
                double in = R.get("disputes.count", code, group).value().orElseThrow();
                double out = R.get("disputes.concluded", code, group).value().orElseThrow();
                double closing = R.get("disputes.backlog", code, group).value().orElseThrow();
                assertThat(opening + in - out).as("ledger of %s %s", code, group).isEqualTo(closing);
            }
        }
    }

    @Test
    void everyParentIsTheSumOfItsChildrenPlusItsOwnRecords() {
        for (String id : new String[] {"incidents.count", "disputes.count", "outreach.sessions",
            "outreach.audience", "incidents.loss", "disputes.backlog"}) {
            for (int u = 0; u < TREE.size(); u++) {
                if (TREE.isLeaf(u)) {
                    continue;
                }
                String code = TREE.unit(u).code();
                for (IndicatorRow parent : R.indicator(id).unit(code)) {
                    double children = 0;
                    for (int c : TREE.children(u)) {
                        children += R.get(id, TREE.unit(c).code(), parent.group().toString()).value().orElseThrow();
                    }
                    double own = ownRecords(id, code, parent.group());
                    assertThat(parent.value().orElseThrow()).as("%s %s %s", id, code, parent.group())
                            .isCloseTo(children + own, org.assertj.core.api.Assertions.within(1e-6));
                }
            }
        }
    }

    /** Records filed at the unit itself (the generator files some at towns and districts, or none). */
    private static double ownRecords(String id, String code, Group group) {
        return switch (id) {
            case "incidents.count" -> DATA.incidents().stream()
                    .filter(i -> i.unit().equals(code) && in(YEAR, i.occurredOn()))
                    .filter(inGroup(group.isAll() ? "all" : group.kind() == Group.Kind.GROUP ? group.code() : "all"))
                    .filter(i -> group.kind() != Group.Kind.CATEGORY || i.category().equals(group.code()))
                    .count();
            case "disputes.count" -> DATA.disputes().stream()
                    .filter(d -> d.unit().equals(code) && in(YEAR, d.receivedOn()))
                    .filter(d -> group.isAll() || d.type().code().equals(group.code())).count();
            case "incidents.loss" -> DATA.incidents().stream()
                    .filter(i -> i.unit().equals(code) && in(YEAR, i.occurredOn()))
                    .filter(inGroup(group.isAll() ? "all" : group.kind() == Group.Kind.GROUP ? group.code() : "all"))
                    .filter(i -> group.kind() != Group.Kind.CATEGORY || i.category().equals(group.code()))
                    .mapToLong(i -> i.loss().fen()).sum() / 100.0;
            case "disputes.backlog" -> DATA.disputes().stream()
                    .filter(d -> d.unit().equals(code) && d.isOpenOn(YEAR.end()))
                    .filter(d -> group.isAll() || d.type().code().equals(group.code())).count();
            default -> DATA.outreach().stream()
                    .filter(o -> o.unit().equals(code) && in(YEAR, o.heldOn()))
                    .filter(o -> group.isAll() || o.type().code().equals(group.code()))
                    .mapToLong(o -> id.equals("outreach.sessions") ? 1 : o.audience()).sum();
        };
    }

    static java.util.List<String> groupsAndAll() {
        var list = new java.util.ArrayList<String>();
        list.add("all");
        list.addAll(TAX.groups());
        return list;
    }
}
