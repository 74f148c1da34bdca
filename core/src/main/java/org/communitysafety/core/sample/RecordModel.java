package org.communitysafety.core.sample;

import java.util.SplittableRandom;

/**
 * What the incident, dispute and outreach models share: the span and the city they make records
 * for, the units' weights, the calendar of (year, month, type) cells each record is drawn from,
 * and the record ids; and the first draws of every record: its (year, month, type) cell and a
 * day in it, then its unit — {@value UnitWeights#TOWN_SHARE} of every kind is filed at a town,
 * the rest at a leaf drawn from the kind's own weights.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the record made
 */
abstract class RecordModel<T> implements BlockSpliterator.Maker<T> {
    final Span span;
    final SampleCity city;
    final UnitWeights units;
    final CalendarTable calendar;
    final Ids ids;

    RecordModel(Span span, SampleCity city, UnitWeights units, Ids ids, CalendarTable calendar) {
        this.span = span;
        this.city = city;
        this.units = units;
        this.ids = ids;
        this.calendar = calendar;
    }

    /** Draws the record's calendar cell and day, then makes it with {@link #make(long, int, int, int, SplittableRandom)}. */
    @Override
    public final T make(long index, SplittableRandom rng) {
        int cell = calendar.sample(rng);
        return make(index, calendar.type(cell), calendar.yearIndex(cell), calendar.day(cell, rng), rng);
    }

    /**
     * Makes record {@code index} (0-based) of type {@code type} on {@code day} (an index into the
     * span) of year {@code year} (0 for the span's first), drawing the rest from {@code rng}.
     */
    abstract T make(long index, int type, int year, int day, SplittableRandom rng);

    /** The unit of the next record: a town, or else a leaf drawn from {@code leaves}. */
    String unit(SplittableRandom rng, AliasTable leaves) {
        return rng.nextDouble() < UnitWeights.TOWN_SHARE
                ? city.towns().get(units.towns.sample(rng)).code()
                : city.leaves().get(leaves.sample(rng)).code();
    }
}
