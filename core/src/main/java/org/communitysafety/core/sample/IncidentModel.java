package org.communitysafety.core.sample;

import java.util.Optional;
import java.util.SplittableRandom;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.IncidentSource;
import org.communitysafety.core.record.Money;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * Makes incident number {@code i} from a random stream: the tables of
 * {@link IncidentProfile} turned into arrays by category index and year, so that a record costs
 * a dozen random draws and table look-ups, and the allocation of the record, its id and its
 * amounts.
 *
 * <p>Per record: (year, month, category) from a {@link CalendarTable}, a uniform day of the
 * month; the unit from the criminal or non-criminal {@link UnitWeights} table (or a town, 5%);
 * reported the same day or 1–10 days later (never after the span); cleared with the
 * category's probability, {@code floor(lognormal(median, 1.2))} days after the report, and left
 * uncleared when that falls after the span's last day; losses for property categories, with a
 * recovered share that is larger when cleared.
 *
 * <p>Immutable and thread-safe.
 */
final class IncidentModel extends RecordModel<Incident> {
    private static final IncidentSource[] SOURCES = {IncidentSource.CALL, IncidentSource.WALK_IN,
            IncidentSource.ONLINE, IncidentSource.PATROL, IncidentSource.VOLUNTEER, IncidentSource.SMART_ALERT,
            IncidentSource.OTHER};
    private static final long MAX_LOSS_YUAN = 10_000_000;

    private final String[] code;
    private final boolean[] criminal;
    private final boolean[] property;
    private final double[][] cleared; // [category][year]
    private final double[][] clearDays;
    private final double[][] repeat;
    private final double[] sameDay;
    private final double[] lossMedian;
    private final double[] lossSigma;
    private final double[] recoverCleared;
    private final AliasTable[] sources;

    IncidentModel(Span span, SampleCity city, UnitWeights units, Taxonomy taxonomy, long count) {
        this(span, city, units, taxonomy, count, profiles(taxonomy));
    }

    private IncidentModel(Span span, SampleCity city, UnitWeights units, Taxonomy taxonomy, long count,
            IncidentProfile[] profiles) {
        super(span, city, units, new Ids('I', count), new CalendarTable(span, profiles.length,
                (y, m, c) -> profiles[c].share() * profiles[c].trendFactor(y) * profiles[c].season()[m]));
        int k = taxonomy.size();
        code = new String[k];
        criminal = new boolean[k];
        property = new boolean[k];
        cleared = new double[k][span.years()];
        clearDays = new double[k][span.years()];
        repeat = new double[k][span.years()];
        sameDay = new double[k];
        lossMedian = new double[k];
        lossSigma = new double[k];
        recoverCleared = new double[k];
        sources = new AliasTable[k];
        for (int c = 0; c < k; c++) {
            var category = taxonomy.category(c);
            IncidentProfile p = profiles[c];
            code[c] = category.code();
            criminal[c] = category.criminal();
            property[c] = category.isIn("property") && p.lossMedian() > 0;
            for (int y = 0; y < span.years(); y++) {
                cleared[c][y] = Math.min(0.98, p.cleared() * Math.pow(1.03, y));
                clearDays[c][y] = p.clearDays() * Math.pow(0.85, y);
                repeat[c][y] = p.repeat() * Math.pow(0.90, y);
            }
            sameDay[c] = p.sameDay();
            lossMedian[c] = p.lossMedian();
            lossSigma[c] = p.lossSigma();
            recoverCleared[c] = category.code().equals("telecom_fraud") ? 0.30 : 0.65;
            sources[c] = AliasTable.of(p.sources());
        }
    }

    /** The profile of each category of {@code taxonomy}, by index. */
    private static IncidentProfile[] profiles(Taxonomy taxonomy) {
        IncidentProfile[] profiles = new IncidentProfile[taxonomy.size()];
        for (int c = 0; c < profiles.length; c++) {
            profiles[c] = IncidentProfile.of(taxonomy.category(c).code());
        }
        return profiles;
    }

    @Override
    Incident make(long index, int c, int y, int day, SplittableRandom rng) {
        int last = span.lastIndex();

        String unit = unit(rng, criminal[c] ? units.crime : units.calls);

        int reported = day;
        if (rng.nextDouble() >= sameDay[c]) {
            reported = Math.min(last, day + 1 + Math.min(9, (int) (-Math.log(1 - rng.nextDouble()) * 2.5)));
        }

        Optional<java.time.LocalDate> clearedOn = Optional.empty();
        boolean isCleared = false;
        if (rng.nextDouble() < cleared[c][y]) {
            double days = Draws.lognormal(rng, clearDays[c][y], 1.2);
            if (days < last - reported + 1) {
                clearedOn = span.optionalDay(reported + (int) days);
                isCleared = true;
            }
        }

        boolean repeatCall = rng.nextDouble() < repeat[c][y];

        Money loss = Money.ZERO;
        Money recovered = Money.ZERO;
        if (property[c] && rng.nextDouble() < 0.95) {
            long lossFen = Draws.yuanAsFen(Draws.lognormal(rng, lossMedian[c], lossSigma[c]), MAX_LOSS_YUAN);
            loss = Money.ofFen(lossFen);
            double u = rng.nextDouble();
            if (isCleared ? u < recoverCleared[c] : u < 0.03) {
                double share = isCleared && rng.nextDouble() < 0.4 ? 1.0
                        : isCleared ? 0.1 + 0.9 * rng.nextDouble() : 0.05 + 0.45 * rng.nextDouble();
                recovered = Money.ofFen(Math.min(lossFen, Math.round(lossFen * share / 100.0) * 100));
            }
        }

        IncidentSource source = SOURCES[sources[c].sample(rng)];
        return new Incident(ids.of(index + 1), unit, code[c], span.day(day), span.optionalDay(reported), clearedOn,
                criminal[c], repeatCall, loss, recovered, source);
    }
}
