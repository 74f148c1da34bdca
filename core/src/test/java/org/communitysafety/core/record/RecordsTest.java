package org.communitysafety.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.communitysafety.core.jurisdiction.AreaKind;
import org.communitysafety.core.jurisdiction.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class RecordsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 7);

    @Test
    void money_parsesYuanExactly() {
        assertThat(Money.ofYuan("12").fen()).isEqualTo(1200);
        assertThat(Money.ofYuan("12.5").fen()).isEqualTo(1250);
        assertThat(Money.ofYuan("0.01").fen()).isEqualTo(1);
        assertThat(Money.ofYuan("123456789.99").toString()).isEqualTo("¥123456789.99");
        assertThat(Money.ofYuan(3).plus(Money.ofFen(5)).toPlainString()).isEqualTo("3.05");
    }

    @Test
    void money_badAmounts_sayWhy() {
        assertEquals("12.345 has more than 2 decimal places",
                assertThrows(IllegalArgumentException.class, () -> Money.ofYuan("12.345")).getMessage());
        assertEquals("-1 is negative; an amount must be 0 or more",
                assertThrows(IllegalArgumentException.class, () -> Money.ofYuan("-1")).getMessage());
        assertEquals("an amount must not be negative, got -5 fen",
                assertThrows(IllegalArgumentException.class, () -> Money.ofFen(-5)).getMessage());
        assertThrows(ArithmeticException.class, () -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1)));
    }

    @Test
    void incident_clearedBeforeOccurred_isRejected() {
        Incident i = Incident.of("I1", "u", "theft", DAY, true);

        var e = assertThrows(IllegalArgumentException.class, () -> i.withClearedOn(DAY.minusDays(1)));

        assertEquals("incident I1: cleared_on 2024-03-06 is before occurred_on 2024-03-07", e.getMessage());
        assertThat(i.withClearedOn(DAY).isCleared()).isTrue();
        assertThat(i.isCleared()).isFalse();
    }

    @Test
    void incident_timesAndPlace_keptAndChecked() {
        Incident i = Incident.of("I1", "u", "theft", DAY, true).withOccurredTime(java.time.LocalTime.of(14, 23, 59))
                .withReported(DAY, java.time.LocalTime.of(14, 24));

        assertEquals(java.util.OptionalLong.of(1), i.reportingDelayMinutes(), "to the minute, seconds dropped");
        assertEquals(14 * 60 + 23, i.occurredMinuteOfDay());
        assertEquals(java.util.OptionalLong.empty(), i.withReportedOn(DAY.plusDays(2)).reportingDelayMinutes());
        assertEquals("incident I1: reported at " + DAY + " 14:00, before it occurred at 14:23:59",
                assertThrows(IllegalArgumentException.class,
                        () -> i.withReported(DAY, java.time.LocalTime.of(14, 0))).getMessage());
        assertEquals(java.util.Optional.of("西溪路1号"), i.withAddress("西溪路1号").address());
        assertEquals("address must not be blank", assertThrows(IllegalArgumentException.class,
                () -> i.withAddress(" ")).getMessage());
        assertEquals("latitude 90.5 is outside -90..90", assertThrows(IllegalArgumentException.class,
                () -> Coordinates.of(90.5, 0)).getMessage());
        assertEquals("longitude NaN is outside -180..180", assertThrows(IllegalArgumentException.class,
                () -> Coordinates.of(0, Double.NaN)).getMessage());
        assertEquals(Crs.GCJ02, Crs.parse("GCJ-02"));
        assertEquals(Crs.WGS84, Crs.parse("epsg:4326"));
        assertEquals(Crs.BD09, Crs.parse("bd09"));
        Incident eleven = new Incident("I2", "u", "theft", DAY, java.util.Optional.empty(), java.util.Optional.empty(),
                true, false, Money.ZERO, Money.ZERO, IncidentSource.UNSPECIFIED);
        assertEquals(Incident.of("I2", "u", "theft", DAY, true), eleven);
        assertEquals(java.util.Optional.empty(), eleven.occurredTime());
    }

    @Test
    void incident_nullsAndBlanks_areRejectedAtTheDoor() {
        assertThrows(NullPointerException.class, () -> Incident.of(null, "u", "theft", DAY, true));
        assertEquals("unit must not be blank", assertThrows(IllegalArgumentException.class,
                () -> Incident.of("I1", " ", "theft", DAY, true)).getMessage());
        assertThrows(NullPointerException.class, () -> Incident.of("I1", "u", "theft", null, true));
    }

    @Test
    void dispute_statusAndClosedOn_mustAgree() {
        assertEquals("dispute D1: status resolved requires closed_on", assertThrows(IllegalArgumentException.class,
                () -> new Dispute("D1", "u", DisputeType.FAMILY, DAY, DisputeStatus.RESOLVED, Optional.empty(),
                        Money.ZERO, Optional.empty(), Optional.empty())).getMessage());
        assertEquals("dispute D2: status open must not have closed_on", assertThrows(IllegalArgumentException.class,
                () -> new Dispute("D2", "u", DisputeType.FAMILY, DAY, DisputeStatus.OPEN, Optional.of(DAY),
                        Money.ZERO, Optional.empty(), Optional.empty())).getMessage());
        assertEquals("dispute D3: closed_on 2024-03-06 is before received_on 2024-03-07",
                assertThrows(IllegalArgumentException.class, () -> Dispute.concluded("D3", "u", DisputeType.LAND, DAY,
                        DisputeStatus.FAILED, DAY.minusDays(1))).getMessage());
    }

    @Test
    void dispute_isOpenOn_followsReceivedAndClosedDates() {
        Dispute d = Dispute.concluded("D1", "u", DisputeType.LABOUR, DAY, DisputeStatus.RESOLVED, DAY.plusDays(10));

        assertThat(d.isOpenOn(DAY.minusDays(1))).isFalse();
        assertThat(d.isOpenOn(DAY)).isTrue();
        assertThat(d.isOpenOn(DAY.plusDays(9))).isTrue();
        assertThat(d.isOpenOn(DAY.plusDays(10))).isFalse();
        assertThat(Dispute.open("D2", "u", DisputeType.LAND, DAY).isOpenOn(DAY.plusYears(5))).isTrue();
    }

    @Test
    void outreach_fixedAboveFoundAndNegativeCounts_areRejected() {
        assertEquals("outreach O1: hazards_fixed (3) must not exceed hazards_found (2)",
                assertThrows(IllegalArgumentException.class, () -> new OutreachSession("O1", "u",
                        OutreachType.INSPECTION, DAY, 1, 0, 0, 0, 2, 3, 0, 0, Money.ZERO)).getMessage());
        assertEquals("audience must not be negative, got -1", assertThrows(IllegalArgumentException.class,
                () -> new OutreachSession("O1", "u", OutreachType.PATROL, DAY, 1, 0, -1, 0, 0, 0, 0, 0, Money.ZERO))
                .getMessage());
    }

    @Test
    void codedEnums_parseCaseInsensitivelyAndListTheCodes() {
        assertThat(IncidentSource.parse("Walk_In")).isEqualTo(IncidentSource.WALK_IN);
        assertThat(DisputeStatus.parse("REFERRED").isConcluded()).isTrue();
        assertThat(OutreachType.parse("anti_fraud").labelZh()).isEqualTo("反诈宣传");
        assertEquals("x is not a known outreach type; expected one of anti_fraud / visit / patrol / legal_education"
                + " / traffic_safety / counselling / online / inspection / other",
                assertThrows(IllegalArgumentException.class, () -> OutreachType.parse("x")).getMessage());
    }

    /** Every coded enum's constants find their line in labels.properties, and codes are unique per type. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {IncidentSource.class, DisputeType.class, DisputeStatus.class, OutreachType.class,
            AreaKind.class, Level.class})
    void codedEnums_everyConstantHasItsLabels(Class<? extends Coded> type) {
        Coded[] constants = type.getEnumConstants();
        for (Coded c : constants) {
            assertThat(c.labelZh()).as("%s Chinese label", c).isNotBlank();
            assertThat(c.labelEn()).as("%s English label", c).isNotBlank();
            assertThat(c.code()).as("%s code", c).isEqualTo(c.code().strip().toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(Arrays.stream(constants).map(Coded::code).distinct()).hasSize(constants.length);
    }

    @Test
    void codedEnums_labelsReadFromTheirPackage() {
        assertEquals(new Coded.Labels("", "未填写", "unspecified"), IncidentSource.UNSPECIFIED.labels());
        assertEquals(new Coded.Labels("labour", "劳动争议", "labour and wages"), DisputeType.LABOUR.labels());
        assertEquals(new Coded.Labels("town", "镇/街道", "town or street"), Level.TOWN.labels());
        assertEquals("rural", AreaKind.RURAL.code());
    }
}
