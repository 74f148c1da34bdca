package org.communitysafety.core.sample;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.communitysafety.core.record.Dispute;
import org.communitysafety.core.record.DisputeStatus;
import org.communitysafety.core.record.DisputeType;
import org.communitysafety.core.record.Money;

/**
 * Makes dispute number {@code i} (矛盾纠纷) from a random stream.
 *
 * <pre>
 * type        share%  trend/yr  season                        amount median ¥ (σ, share with one)
 * neighbour     28      0       summer
 * family        20      0       Spring Festival (Jan–Feb)
 * labour        14     −3%      before the Spring Festival    8,000 (0.9, 85%)  — wage arrears
 * property      12    +10%      flat                          3,000 (1.0, 80%)
 * land           5     −8%      spring (Mar–May)
 * school         2      0       school terms
 * commercial     6     +2%      flat                         30,000 (1.3, 90%)
 * traffic        6      0       flat                         10,000 (1.1, 90%)
 * consumer       4     +5%      flat                            800 (1.0, 80%)
 * other          3      0       flat
 * </pre>
 *
 * <p>Closing: 0.8% of disputes are hard cases (陈年纠纷) taking lognormal(median 420 days,
 * σ 0.7) and resolved only 70% of the time (15% failed, 15% referred); the others take
 * {@code floor(lognormal(median 7 days, σ 1.1))} and are resolved 97.6% of the time (1.2%
 * failed, 1.2% referred, which close faster). A dispute whose closing day would fall after the
 * span's last day is still open — so late-December disputes are mostly open and a few
 * 2022 hard cases are still open at the end of 2024. About 97% of concluded disputes are
 * resolved (reports: 98.0%).
 *
 * <p>Sources: 警调对接 35%, 排查 25%, 来访 25%, 网格员上报 8%, 来电 5%, none 2%. Mediators:
 * 人民调解委员会 55%, 派出所调解室 20%, 个人调解工作室 10%, 行业性专业调解委员会 7%,
 * 综治中心 5%, none 3%. Land disputes go mostly to villages, property-management disputes to
 * communities (see {@link UnitWeights}).
 *
 * <p>Immutable and thread-safe.
 */
final class DisputeModel extends RecordModel<Dispute> {
    private static final DisputeType[] TYPES = DisputeType.values();
    private static final double[] SHARE = new double[TYPES.length];
    private static final double[] TREND = new double[TYPES.length];
    private static final double[][] SEASON = new double[TYPES.length][];
    private static final double[] AMOUNT_MEDIAN = new double[TYPES.length];
    private static final double[] AMOUNT_SIGMA = new double[TYPES.length];
    private static final double[] AMOUNT_SHARE = new double[TYPES.length];

    private static final double[] LABOUR_SEASON = {1.5, 1.3, .8, .8, .9, .9, .9, .9, .9, 1.0, 1.2, 1.6};
    private static final double[] FAMILY_SEASON = {1.3, 1.5, 1.0, .9, .9, .9, 1.0, 1.0, .9, 1.0, .9, 1.0};
    private static final double[] NEIGHBOUR_SEASON = {.9, .9, 1.0, 1.0, 1.05, 1.1, 1.15, 1.1, 1.0, .95, .9, .9};
    private static final double[] LAND_SEASON = {.8, .9, 1.4, 1.4, 1.2, 1.0, .9, .8, .9, 1.0, .9, .8};
    private static final double[] SCHOOL_SEASON = {.5, .3, 1.2, 1.2, 1.2, 1.2, .3, .3, 1.3, 1.2, 1.2, 1.1};

    static {
        type(DisputeType.NEIGHBOUR, 28, 1.00, NEIGHBOUR_SEASON, 0, 0, 0);
        type(DisputeType.FAMILY, 20, 1.00, FAMILY_SEASON, 0, 0, 0);
        type(DisputeType.LABOUR, 14, 0.97, LABOUR_SEASON, 8_000, 0.9, 0.85);
        type(DisputeType.PROPERTY, 12, 1.10, IncidentProfile.FLAT, 3_000, 1.0, 0.80);
        type(DisputeType.LAND, 5, 0.92, LAND_SEASON, 0, 0, 0);
        type(DisputeType.SCHOOL, 2, 1.00, SCHOOL_SEASON, 0, 0, 0);
        type(DisputeType.COMMERCIAL, 6, 1.02, IncidentProfile.FLAT, 30_000, 1.3, 0.90);
        type(DisputeType.TRAFFIC, 6, 1.00, IncidentProfile.FLAT, 10_000, 1.1, 0.90);
        type(DisputeType.CONSUMER, 4, 1.05, IncidentProfile.FLAT, 800, 1.0, 0.80);
        type(DisputeType.OTHER, 3, 1.00, IncidentProfile.FLAT, 0, 0, 0);
    }

    private static void type(DisputeType t, double share, double trend, double[] season, double amountMedian,
            double amountSigma, double amountShare) {
        int i = t.ordinal();
        SHARE[i] = share;
        TREND[i] = trend;
        SEASON[i] = season;
        AMOUNT_MEDIAN[i] = amountMedian;
        AMOUNT_SIGMA[i] = amountSigma;
        AMOUNT_SHARE[i] = amountShare;
    }

    private static final double HARD_SHARE = 0.008;
    private static final List<Optional<String>> SOURCES = options("警调对接", "排查", "来访", "网格员上报", "来电", null);
    private static final AliasTable SOURCE_TABLE = AliasTable.of(new double[] {35, 25, 25, 8, 5, 2});
    private static final List<Optional<String>> MEDIATORS = options("人民调解委员会", "派出所调解室", "个人调解工作室",
            "行业性专业调解委员会", "综治中心", null);
    private static final AliasTable MEDIATOR_TABLE = AliasTable.of(new double[] {55, 20, 10, 7, 5, 3});

    /** The values as options, {@code null} giving an empty one. */
    private static List<Optional<String>> options(String... values) {
        return Arrays.stream(values).map(Optional::ofNullable).toList();
    }

    DisputeModel(Span span, SampleCity city, UnitWeights units, long count) {
        super(span, city, units, new Ids('D', count), new CalendarTable(span, TYPES.length,
                (y, m, t) -> SHARE[t] * Math.pow(TREND[t], y) * SEASON[t][m]));
    }

    @Override
    Dispute make(long index, int t, int year, int received, SplittableRandom rng) {
        DisputeType type = TYPES[t];

        String unit = unit(rng, type == DisputeType.LAND ? units.landDisputes
                : type == DisputeType.PROPERTY ? units.propertyDisputes : units.disputes);

        boolean hard = rng.nextDouble() < HARD_SHARE;
        double u = rng.nextDouble();
        DisputeStatus outcome = hard
                ? (u < 0.70 ? DisputeStatus.RESOLVED : u < 0.85 ? DisputeStatus.FAILED : DisputeStatus.REFERRED)
                : (u < 0.976 ? DisputeStatus.RESOLVED : u < 0.988 ? DisputeStatus.FAILED : DisputeStatus.REFERRED);
        double days = hard ? Draws.lognormal(rng, 420, 0.7)
                : Draws.lognormal(rng, outcome == DisputeStatus.RESOLVED ? 7 : 4, 1.1);
        DisputeStatus status;
        Optional<LocalDate> closedOn;
        if (days < span.lastIndex() - received + 1) {
            status = outcome;
            closedOn = span.optionalDay(received + (int) days);
        } else {
            status = DisputeStatus.OPEN;
            closedOn = Optional.empty();
        }

        Money amount = Money.ZERO;
        if (AMOUNT_MEDIAN[t] > 0 && rng.nextDouble() < AMOUNT_SHARE[t]) {
            amount = Money.ofFen(Draws.yuanAsFen(Draws.lognormal(rng, AMOUNT_MEDIAN[t], AMOUNT_SIGMA[t]), 50_000_000));
        }
        Optional<String> source = SOURCES.get(SOURCE_TABLE.sample(rng));
        Optional<String> mediator = MEDIATORS.get(MEDIATOR_TABLE.sample(rng));
        return new Dispute(ids.of(index + 1), unit, type, span.day(received), status, closedOn, amount, source,
                mediator);
    }
}
