package org.communitysafety.core.sample;

import java.time.LocalDate;
import org.communitysafety.core.lang.Check;

/**
 * What a {@link SampleGenerator} should generate: the seed, the number of lowest-level units
 * (villages and communities), the number of each kind of record, and the span of whole
 * calendar years the records fall in.
 *
 * <pre>{@code
 * SampleSpec.standard()                         // seed 20240101, 500 villages, 50,000 incidents,
 *                                               // 15,000 disputes, 5,000 outreach, 2022–2024
 * SampleSpec.standard().withIncidents(20_000_000).withSeed(7)
 * }</pre>
 *
 * <p>The same spec always gives the same data. Each kind of record has its own random stream,
 * so {@link #withDisputes} leaves the incidents unchanged, and the first {@code n} records of a
 * larger count are the records of count {@code n}. The jurisdictions and their populations
 * depend on {@code seed}, {@code villages} and the years only.
 *
 * <p>Immutable and thread-safe.
 *
 * @param seed      the seed every random stream is derived from
 * @param villages  the number of lowest-level units (村 and 社区), 1 to {@value #MAX_VILLAGES}
 * @param incidents the number of incidents, zero or more
 * @param disputes  the number of disputes, zero or more
 * @param outreach  the number of outreach sessions, zero or more
 * @param firstYear the first year of the span, {@value #MIN_YEAR} to {@value #MAX_YEAR}
 * @param lastYear  the last year of the span (inclusive), not before {@code firstYear}
 */
public record SampleSpec(long seed, int villages, long incidents, long disputes, long outreach, int firstYear,
        int lastYear) {
    /** The seed of {@link #standard()}. */
    public static final long STANDARD_SEED = 20240101L;
    /**
     * The largest number of lowest-level units: keeps every code within its three digits
     * (at most 900 towns per district, 999 villages per town).
     */
    public static final int MAX_VILLAGES = 100_000;
    /** The earliest first year. */
    public static final int MIN_YEAR = 1900;
    /** The latest last year. */
    public static final int MAX_YEAR = 2100;

    public SampleSpec {
        Check.argument(villages >= 1 && villages <= MAX_VILLAGES, "villages must be 1..%d, got %d", MAX_VILLAGES,
                villages);
        Check.argument(incidents >= 0, "incidents must not be negative, got %d", incidents);
        Check.argument(disputes >= 0, "disputes must not be negative, got %d", disputes);
        Check.argument(outreach >= 0, "outreach must not be negative, got %d", outreach);
        Check.argument(firstYear >= MIN_YEAR && firstYear <= MAX_YEAR, "firstYear must be %d..%d, got %d", MIN_YEAR,
                MAX_YEAR, firstYear);
        Check.argument(lastYear >= MIN_YEAR && lastYear <= MAX_YEAR, "lastYear must be %d..%d, got %d", MIN_YEAR,
                MAX_YEAR, lastYear);
        Check.argument(firstYear <= lastYear, "firstYear (%d) must not be after lastYear (%d)", firstYear, lastYear);
    }

    /**
     * The standard sample: seed {@value #STANDARD_SEED}, 500 villages, 50,000 incidents, 15,000
     * disputes, 5,000 outreach sessions, 2022 to 2024.
     */
    public static SampleSpec standard() {
        return new SampleSpec(STANDARD_SEED, 500, 50_000, 15_000, 5_000, 2022, 2024);
    }

    /** A copy with another seed. */
    public SampleSpec withSeed(long seed) {
        return new SampleSpec(seed, villages, incidents, disputes, outreach, firstYear, lastYear);
    }

    /** A copy with another number of lowest-level units. */
    public SampleSpec withVillages(int villages) {
        return new SampleSpec(seed, villages, incidents, disputes, outreach, firstYear, lastYear);
    }

    /** A copy with another number of incidents. */
    public SampleSpec withIncidents(long incidents) {
        return new SampleSpec(seed, villages, incidents, disputes, outreach, firstYear, lastYear);
    }

    /** A copy with another number of disputes. */
    public SampleSpec withDisputes(long disputes) {
        return new SampleSpec(seed, villages, incidents, disputes, outreach, firstYear, lastYear);
    }

    /** A copy with another number of outreach sessions. */
    public SampleSpec withOutreach(long outreach) {
        return new SampleSpec(seed, villages, incidents, disputes, outreach, firstYear, lastYear);
    }

    /** A copy spanning {@code firstYear} to {@code lastYear}, both inclusive. */
    public SampleSpec withYears(int firstYear, int lastYear) {
        return new SampleSpec(seed, villages, incidents, disputes, outreach, firstYear, lastYear);
    }

    /** 1 January of the first year. */
    public LocalDate firstDay() {
        return LocalDate.of(firstYear, 1, 1);
    }

    /** 31 December of the last year: no date in the sample is later. */
    public LocalDate lastDay() {
        return LocalDate.of(lastYear, 12, 31);
    }

    /** The number of years in the span. */
    public int years() {
        return lastYear - firstYear + 1;
    }
}
