package org.communitysafety.core.sample;

import java.util.SplittableRandom;
import org.communitysafety.core.record.Money;
import org.communitysafety.core.record.OutreachSession;
import org.communitysafety.core.record.OutreachType;

/**
 * Makes outreach session number {@code i} (宣传 / 走访 / 巡逻) from a random stream.
 *
 * <pre>
 * type             share%  trend/yr  staff    volunteers  audience median (range)  other counts (means)
 * anti_fraud         25     +20%     1+P(1)   P(3)        120 (10..800)            leads 0.05; 12% stop 1+P(0.5) frauds
 * visit              22      +5%     1+P(.3)  P(1)         40 (10..200)            households 25 (3..120), hazards 0.6, leads 0.25
 * patrol             20      +5%     1+P(1)   2+P(8)       30 (10..200)            hazards 0.8, leads 0.3
 * legal_education    10      +5%     1+P(1)   P(3)        150 (10..800)
 * traffic_safety      8      +5%     1+P(1)   P(3)        100 (10..800)
 * inspection          8      +5%     1+P(1)   P(1)         15 (10..100)            hazards 3.0, leads 0.1
 * counselling         2      +5%     1        P(.5)        15 (10..40)
 * online              3      +5%     1        0           400 (10..800)            3% stop a fraud
 * other               2      +5%     1+P(.5)  P(2)         50 (10..800)
 * </pre>
 *
 * <p>Staff are capped at 6 and volunteers at 30; audiences are lognormal with σ 0.8. Hazards
 * found are Poisson; all of them are fixed in 85% of sessions, otherwise each with probability
 * 0.6. A stopped fraud avoids a lognormal loss of median ¥8,000 (σ 1.0) — the reports' "50 frauds
 * stopped, over ¥400,000 avoided". Anti-fraud talks peak around the Spring Festival and the
 * year end, patrols in summer and at the Spring Festival, legal education in December
 * (Constitution Day).
 *
 * <p>Immutable and thread-safe.
 */
final class OutreachModel extends RecordModel<OutreachSession> {
    private static final OutreachType[] TYPES = OutreachType.values();
    private static final double[] LEGAL_SEASON = {.9, .8, 1.0, 1.0, 1.0, .9, .8, .8, 1.0, 1.0, 1.1, 1.6};

    /** The parameters of one type; see the class table. */
    private record Kind(double share, double trend, double[] season, double staff, double volunteers,
            double volunteerBase, double audience, double audienceMax, double households, double hazards,
            double leads, double fraudChance) {}

    private static final Kind[] KINDS = new Kind[TYPES.length];

    static {
        kind(OutreachType.ANTI_FRAUD, new Kind(25, 1.20, IncidentProfile.FRAUD, 1, 3, 0, 120, 800, 0, 0, .05, .12));
        kind(OutreachType.VISIT, new Kind(22, 1.05, IncidentProfile.FLAT, .3, 1, 0, 40, 200, 25, .6, .25, .02));
        kind(OutreachType.PATROL, new Kind(20, 1.05, IncidentProfile.SOCIAL, 1, 8, 2, 30, 200, 0, .8, .3, 0));
        kind(OutreachType.LEGAL_EDUCATION, new Kind(10, 1.05, LEGAL_SEASON, 1, 3, 0, 150, 800, 0, 0, .02, 0));
        kind(OutreachType.TRAFFIC_SAFETY, new Kind(8, 1.05, IncidentProfile.TRAFFIC, 1, 3, 0, 100, 800, 0, 0, .02, 0));
        kind(OutreachType.INSPECTION, new Kind(8, 1.05, IncidentProfile.WINTER, 1, 1, 0, 15, 100, 0, 3, .1, 0));
        kind(OutreachType.COUNSELLING, new Kind(2, 1.05, IncidentProfile.FLAT, 0, .5, 0, 15, 40, 0, 0, .05, 0));
        kind(OutreachType.ONLINE, new Kind(3, 1.05, IncidentProfile.FLAT, 0, 0, 0, 400, 800, 0, 0, .05, .03));
        kind(OutreachType.OTHER, new Kind(2, 1.05, IncidentProfile.FLAT, .5, 2, 0, 50, 800, 0, 0, .05, 0));
    }

    private static void kind(OutreachType type, Kind kind) {
        KINDS[type.ordinal()] = kind;
    }

    OutreachModel(Span span, SampleCity city, UnitWeights units, long count) {
        super(span, city, units, new Ids('O', count), new CalendarTable(span, TYPES.length,
                (y, m, t) -> KINDS[t].share() * Math.pow(KINDS[t].trend(), y) * KINDS[t].season()[m]));
    }

    @Override
    OutreachSession make(long index, int t, int year, int day, SplittableRandom rng) {
        Kind k = KINDS[t];
        String unit = unit(rng, units.outreach);
        long staff = Draws.clamp(1 + Draws.poisson(rng, k.staff()), 1, 6);
        long volunteers = Draws.clamp((long) k.volunteerBase() + Draws.poisson(rng, k.volunteers()), 0, 30);
        long audience = Draws.clamp(Math.round(Draws.lognormal(rng, k.audience(), 0.8)), 10, (long) k.audienceMax());
        long households = k.households() > 0
                ? Draws.clamp(Math.round(Draws.lognormal(rng, k.households(), 0.6)), 3, 120) : 0;
        long found = Draws.poisson(rng, k.hazards());
        long fixed = found == 0 || rng.nextDouble() < 0.85 ? found : Draws.binomial(rng, found, 0.6);
        long leads = Draws.poisson(rng, k.leads());
        long frauds = 0;
        long avoidedFen = 0;
        if (k.fraudChance() > 0 && rng.nextDouble() < k.fraudChance()) {
            frauds = 1 + Draws.poisson(rng, 0.5);
            for (long f = 0; f < frauds; f++) {
                avoidedFen += Draws.yuanAsFen(Draws.lognormal(rng, 8_000, 1.0), 5_000_000);
            }
        }
        return new OutreachSession(ids.of(index + 1), unit, TYPES[t], span.day(day), staff, volunteers, audience,
                households, found, fixed, leads, frauds, Money.ofFen(avoidedFen));
    }
}
