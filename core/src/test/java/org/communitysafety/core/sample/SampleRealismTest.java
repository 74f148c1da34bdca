package org.communitysafety.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.communitysafety.core.jurisdiction.AreaKind;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.record.Dispute;
import org.communitysafety.core.record.DisputeStatus;
import org.communitysafety.core.record.DisputeType;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.IncidentSource;
import org.communitysafety.core.record.OutreachSession;
import org.communitysafety.core.record.OutreachType;
import org.communitysafety.core.taxonomy.Category;
import org.communitysafety.core.taxonomy.Taxonomy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The standard sample looks like the reports in {@code domain.md}. */
final class SampleRealismTest {
    private static SampleGenerator gen;
    private static List<Incident> incidents;
    private static List<Dispute> disputes;
    private static List<OutreachSession> outreach;
    private static Map<String, Jurisdiction> leaves;

    @BeforeAll
    static void generate() {
        gen = SampleGenerator.of(SampleSpec.standard());
        incidents = gen.incidents().toList();
        disputes = gen.disputes().toList();
        outreach = gen.outreach().toList();
        leaves = gen.jurisdictions().stream().filter(u -> u.level() == Level.VILLAGE)
                .collect(Collectors.toMap(Jurisdiction::code, u -> u));
    }

    private static long count(Predicate<Incident> p) {
        return incidents.stream().filter(p).count();
    }

    private static Predicate<Incident> in(String category, int year) {
        return i -> i.category().equals(category) && i.occurredOn().getYear() == year;
    }

    private static Predicate<Incident> in(String category, int year, Month month) {
        return in(category, year).and(i -> i.occurredOn().getMonth() == month);
    }

    @Test
    void zeroCriminalShare2024_isAMeaningfulIndicator() {
        Set<String> withCrime = incidents.stream()
                .filter(i -> i.criminal() && i.occurredOn().getYear() == 2024 && leaves.containsKey(i.unit()))
                .map(Incident::unit).collect(Collectors.toSet());
        double zeroShare = 1 - withCrime.size() / (double) leaves.size();
        assertThat(zeroShare).isBetween(0.15, 0.5);
    }

    @Test
    void someUnits_haveNoIncidentAtAllInSomeYear() {
        for (int year = 2022; year <= 2024; year++) {
            int y = year;
            Set<String> any = incidents.stream().filter(i -> i.occurredOn().getYear() == y).map(Incident::unit)
                    .collect(Collectors.toSet());
            assertThat(leaves.keySet()).as("%d", y).anyMatch(u -> !any.contains(u));
        }
    }

    @Test
    void criminalIncidents_areConcentratedInHotSpots() {
        Map<String, Long> perUnit = incidents.stream().filter(i -> i.criminal() && leaves.containsKey(i.unit()))
                .collect(Collectors.groupingBy(Incident::unit, Collectors.counting()));
        long[] counts = perUnit.values().stream().mapToLong(Long::longValue).sorted().toArray();
        long total = Arrays.stream(counts).sum();
        long top = Arrays.stream(counts).skip(counts.length - leaves.size() / 10).sum();
        assertThat(top / (double) total).as("share of the busiest 10%% of units").isGreaterThan(0.35);
    }

    @Test
    void communities_areBusierThanVillages() {
        Map<AreaKind, Long> byKind = incidents.stream().filter(i -> leaves.containsKey(i.unit()))
                .collect(Collectors.groupingBy(i -> leaves.get(i.unit()).kind().orElseThrow(), Collectors.counting()));
        Map<AreaKind, Long> units = leaves.values().stream()
                .collect(Collectors.groupingBy(u -> u.kind().orElseThrow(), Collectors.counting()));
        double perCommunity = byKind.get(AreaKind.URBAN) / (double) units.get(AreaKind.URBAN);
        double perVillage = byKind.get(AreaKind.RURAL) / (double) units.get(AreaKind.RURAL);
        assertThat(perCommunity).isGreaterThan(2 * perVillage);
    }

    @Test
    void townLevelRecords_areAboutFivePercent() {
        double incidentShare = count(i -> !leaves.containsKey(i.unit())) / (double) incidents.size();
        double disputeShare = disputes.stream().filter(d -> !leaves.containsKey(d.unit())).count()
                / (double) disputes.size();
        assertThat(incidentShare).isBetween(0.04, 0.06);
        assertThat(disputeShare).isBetween(0.035, 0.065);
        assertThat(incidents).filteredOn(i -> !leaves.containsKey(i.unit()))
                .allSatisfy(i -> assertThat(gen.tree().unit(gen.tree().indexOf(i.unit())).level())
                        .isEqualTo(Level.TOWN));
    }

    @Test
    void categories_everyDefaultCategoryOccurs_homicideIsRarest() {
        Map<String, Long> byCategory = incidents.stream()
                .collect(Collectors.groupingBy(Incident::category, Collectors.counting()));
        assertThat(byCategory.keySet()).containsExactlyInAnyOrderElementsOf(Taxonomy.defaultTaxonomy().codes());
        assertThat(byCategory.get("homicide")).isEqualTo(byCategory.values().stream().min(Long::compare).orElseThrow());
        assertThat(byCategory.get("homicide") / (double) incidents.size()).isLessThan(0.001);
        assertThat(byCategory.get("dispute_call")).isGreaterThan(byCategory.get("theft"));
        double criminal = count(Incident::criminal) / (double) incidents.size();
        assertThat(criminal).isBetween(0.25, 0.45);
    }

    @Test
    void everyDefaultCategory_hasAProfile() {
        for (Category c : Taxonomy.defaultTaxonomy().categories()) {
            assertThat(IncidentProfile.knows(c.code())).as(c.code()).isTrue();
        }
    }

    @Test
    void theft_fallsYearOnYear() {
        long t2022 = count(in("theft", 2022));
        long t2023 = count(in("theft", 2023));
        long t2024 = count(in("theft", 2024));
        assertThat(t2023).isLessThan(t2022);
        assertThat(t2024).isLessThan(t2023);
        assertThat(t2024 / (double) t2022).isBetween(0.5, 0.8);
    }

    @Test
    void telecomFraud_risesThenFalls() {
        assertThat(count(in("telecom_fraud", 2023))).isGreaterThan(count(in("telecom_fraud", 2022)));
        assertThat(count(in("telecom_fraud", 2024))).isLessThan(count(in("telecom_fraud", 2023)));
    }

    @Test
    void seasons_theftAndTrafficPeakInSummer_fireInWinter() {
        for (int y = 2022; y <= 2024; y++) {
            assertThat(count(in("theft", y, Month.JULY))).as("%d", y)
                    .isGreaterThan(count(in("theft", y, Month.FEBRUARY)));
        }
        assertThat(count(i -> i.category().equals("traffic_accident") && i.occurredOn().getMonth() == Month.AUGUST))
                .isGreaterThan(count(i -> i.category().equals("traffic_accident")
                        && i.occurredOn().getMonth() == Month.FEBRUARY));
        assertThat(count(i -> i.category().equals("fire") && i.occurredOn().getMonth() == Month.JANUARY))
                .isGreaterThan(count(i -> i.category().equals("fire") && i.occurredOn().getMonth() == Month.JULY));
    }

    @Test
    void leapDay_occursNaturally() {
        assertThat(incidents).anySatisfy(i -> assertThat(i.occurredOn()).isEqualTo(LocalDate.of(2024, 2, 29)));
    }

    @Test
    void clearance_followsTheCategory() {
        assertThat(clearance("homicide")).isGreaterThan(0.8);
        assertThat(clearance("robbery")).isBetween(0.7, 0.95);
        assertThat(clearance("theft")).isBetween(0.25, 0.45);
        assertThat(clearance("telecom_fraud")).isBetween(0.1, 0.3);
        assertThat(clearance("traffic_accident")).isGreaterThan(0.85);
        // a late-December incident is less often cleared: the backlog at the end of the span
        double december = clearedShare(i -> i.criminal() && i.occurredOn().isAfter(LocalDate.of(2024, 12, 15)));
        double earlier = clearedShare(i -> i.criminal() && i.occurredOn().getYear() == 2024
                && i.occurredOn().getMonthValue() < 12);
        assertThat(december).isLessThan(earlier);
    }

    private static double clearance(String category) {
        return clearedShare(i -> i.category().equals(category));
    }

    private static double clearedShare(Predicate<Incident> p) {
        return count(p.and(Incident::isCleared)) / (double) count(p);
    }

    @Test
    void repeatCalls_areAFewPercent_moreForDisputeCalls() {
        double all = count(Incident::repeatCall) / (double) incidents.size();
        assertThat(all).isBetween(0.04, 0.08);
        double disputeCalls = count(i -> i.category().equals("dispute_call") && i.repeatCall())
                / (double) count(i -> i.category().equals("dispute_call"));
        assertThat(disputeCalls).isGreaterThan(1.5 * all);
    }

    @Test
    void losses_haveTheDocumentedMedians_andRecoveryFollowsClearance() {
        assertThat(medianLossYuan("theft")).isBetween(1_000L, 2_200L);
        assertThat(medianLossYuan("telecom_fraud")).isBetween(5_000L, 12_000L);
        assertThat(count(i -> i.category().equals("assault") && !i.loss().isZero())).isZero();
        double recoveredWhenCleared = count(i -> i.isCleared() && !i.recovered().isZero())
                / (double) count(i -> i.isCleared() && !i.loss().isZero());
        double recoveredOtherwise = count(i -> !i.isCleared() && !i.recovered().isZero())
                / (double) count(i -> !i.isCleared() && !i.loss().isZero());
        assertThat(recoveredWhenCleared).isGreaterThan(5 * recoveredOtherwise);
    }

    private static long medianLossYuan(String category) {
        long[] yuan = incidents.stream().filter(i -> i.category().equals(category) && !i.loss().isZero())
                .mapToLong(i -> i.loss().fen() / 100).sorted().toArray();
        return yuan[yuan.length / 2];
    }

    @Test
    void sources_callsMost_fraudOftenOnline() {
        Map<IncidentSource, Long> bySource = incidents.stream()
                .collect(Collectors.groupingBy(Incident::source, Collectors.counting()));
        assertThat(bySource.get(IncidentSource.CALL)).isGreaterThan(incidents.size() / 2);
        assertThat(bySource.keySet()).contains(IncidentSource.WALK_IN, IncidentSource.ONLINE, IncidentSource.PATROL,
                IncidentSource.VOLUNTEER, IncidentSource.SMART_ALERT).doesNotContain(IncidentSource.UNSPECIFIED);
        double online = count(i -> i.category().equals("telecom_fraud") && i.source() == IncidentSource.ONLINE)
                / (double) count(i -> i.category().equals("telecom_fraud"));
        assertThat(online).isGreaterThan(0.2);
    }

    @Test
    void disputes_resolutionRateIsLikeTheReports() {
        for (int year = 2022; year <= 2024; year++) {
            int y = year;
            long concluded = disputes.stream()
                    .filter(d -> d.receivedOn().getYear() == y && d.status().isConcluded()).count();
            long resolved = disputes.stream()
                    .filter(d -> d.receivedOn().getYear() == y && d.status() == DisputeStatus.RESOLVED).count();
            assertThat(resolved / (double) concluded).as("%d", y).isBetween(0.93, 0.995);
        }
        assertThat(disputes).anyMatch(d -> d.status() == DisputeStatus.FAILED)
                .anyMatch(d -> d.status() == DisputeStatus.REFERRED);
    }

    @Test
    void disputes_oldBacklogFrom2022_isStillOpenAtTheEnd() {
        LocalDate end = LocalDate.of(2024, 12, 31);
        assertThat(disputes).anyMatch(d -> d.receivedOn().getYear() == 2022 && d.isOpenOn(end));
        double openDecember = openShare(d -> d.receivedOn().isAfter(LocalDate.of(2024, 11, 30)));
        double openJanuary = openShare(d -> d.receivedOn().getYear() == 2024 && d.receivedOn().getMonthValue() == 1);
        assertThat(openDecember).isGreaterThan(0.3).isGreaterThan(10 * openJanuary);
    }

    private static double openShare(Predicate<Dispute> p) {
        return disputes.stream().filter(p.and(d -> d.status() == DisputeStatus.OPEN)).count()
                / (double) disputes.stream().filter(p).count();
    }

    @Test
    void disputes_medianDaysToCloseIsAboutAWeek_andTypesAreMixed() {
        long[] days = disputes.stream().filter(d -> d.closedOn().isPresent())
                .mapToLong(d -> d.closedOn().get().toEpochDay() - d.receivedOn().toEpochDay()).sorted().toArray();
        assertThat(days[days.length / 2]).isBetween(4L, 10L);
        assertThat(days[days.length - 1]).isGreaterThan(365);
        Map<DisputeType, Long> byType = disputes.stream()
                .collect(Collectors.groupingBy(Dispute::type, Collectors.counting()));
        assertThat(byType.keySet()).containsExactlyInAnyOrder(DisputeType.values());
        assertThat(byType.get(DisputeType.NEIGHBOUR)).isGreaterThan(byType.get(DisputeType.SCHOOL) * 5);
        assertThat(disputes).filteredOn(d -> d.type() == DisputeType.LABOUR)
                .anyMatch(d -> !d.amount().isZero());
        assertThat(disputes).filteredOn(d -> d.type() == DisputeType.FAMILY).allMatch(d -> d.amount().isZero());
        Set<String> mediators = new HashSet<>();
        disputes.forEach(d -> d.mediator().ifPresent(mediators::add));
        assertThat(mediators).contains("人民调解委员会", "个人调解工作室", "派出所调解室");
        assertThat(disputes).anyMatch(d -> d.mediator().isEmpty()).anyMatch(d -> d.source().isEmpty())
                .anyMatch(d -> d.source().equals(java.util.Optional.of("警调对接")));
    }

    @Test
    void landDisputes_areInVillages_propertyDisputesInCommunities() {
        assertThat(kindShare(DisputeType.LAND, AreaKind.RURAL)).isGreaterThan(0.9);
        assertThat(kindShare(DisputeType.PROPERTY, AreaKind.URBAN)).isGreaterThan(0.8);
    }

    private static double kindShare(DisputeType type, AreaKind kind) {
        List<Dispute> atLeaves = disputes.stream().filter(d -> d.type() == type && leaves.containsKey(d.unit()))
                .toList();
        return atLeaves.stream().filter(d -> leaves.get(d.unit()).kind().orElseThrow() == kind).count()
                / (double) atLeaves.size();
    }

    @Test
    void outreach_countsAreLikeTheReports() {
        Map<OutreachType, Long> byType = outreach.stream()
                .collect(Collectors.groupingBy(OutreachSession::type, Collectors.counting()));
        assertThat(byType.get(OutreachType.ANTI_FRAUD)).isEqualTo(byType.values().stream().max(Long::compare)
                .orElseThrow());
        long found = outreach.stream().mapToLong(OutreachSession::hazardsFound).sum();
        long fixed = outreach.stream().mapToLong(OutreachSession::hazardsFixed).sum();
        assertThat(fixed / (double) found).isBetween(0.85, 0.99);
        assertThat(outreach).filteredOn(o -> o.type() == OutreachType.VISIT).allMatch(o -> o.households() > 0);
        assertThat(outreach).filteredOn(o -> o.type() != OutreachType.VISIT).allMatch(o -> o.households() == 0);
        assertThat(outreach).filteredOn(o -> o.fraudsStopped() > 0)
                .allMatch(o -> o.type() == OutreachType.ANTI_FRAUD || o.type() == OutreachType.VISIT
                        || o.type() == OutreachType.ONLINE)
                .isNotEmpty();
        double patrolAudience = meanAudience(OutreachType.PATROL);
        double talkAudience = meanAudience(OutreachType.ANTI_FRAUD);
        assertThat(patrolAudience).isLessThan(talkAudience / 2);
        assertThat(outreach.stream().mapToLong(OutreachSession::volunteers).max().orElseThrow()).isGreaterThan(10);
        assertThat(outreach.stream().filter(o -> !leaves.containsKey(o.unit())).count()).isPositive();
        Map<String, Long> perUnit = new HashMap<>();
        outreach.forEach(o -> perUnit.merge(o.unit(), 1L, Long::sum));
        assertThat(perUnit.keySet().stream().filter(leaves::containsKey).count()).isGreaterThan(leaves.size() * 9 / 10);
    }

    private static double meanAudience(OutreachType type) {
        return outreach.stream().filter(o -> o.type() == type).mapToLong(OutreachSession::audience).average()
                .orElseThrow();
    }
}
