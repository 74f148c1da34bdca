package org.communitysafety.core.sample;

import java.util.SplittableRandom;

/**
 * Where records happen: alias tables over the lowest-level units (and over towns, for the
 * records a town's police station or mediation centre files itself), built once per city.
 *
 * <h2>The risk model</h2>
 * For each village or community, from its own random stream (independent of the record
 * counts):
 * <ul>
 *   <li><b>quiet</b> units: 42% of villages and 8% of communities. Their criminal weight is
 *       multiplied by 0.015 — in the standard sample they expect well under one criminal case
 *       a year, which is what makes the zero-incident share (零发案率) a meaningful indicator.
 *       A quarter of the quiet villages are <b>remote</b>: calls for service ×0.08 too, so they
 *       can go a whole year with no incident at all; other quiet units have calls ×0.35.</li>
 *   <li><b>criminal weight</b> = population × risk × (1.6 if urban), risk Pareto with
 *       α = 1.5 (x<sub>min</sub> 1, capped at 40): a Zipf-like heavy tail of hot spots.</li>
 *   <li><b>non-criminal weight</b> (calls: traffic, disputes, public order …) = population ×
 *       √risk × lognormal(σ 0.4) × (1.3 if urban): correlated with crime, milder tail.</li>
 *   <li><b>disputes</b>: population × lognormal(σ 0.5) × (0.7 if quiet); land disputes almost
 *       only in villages (communities ×0.01), property-management disputes almost only in
 *       communities (villages ×0.08).</li>
 *   <li><b>outreach</b>: √population × lognormal(σ 0.4): spread more evenly than incidents.</li>
 *   <li><b>towns</b>: a town's share is its population × lognormal(σ 0.3);
 *       {@value #TOWN_SHARE} of every kind of record is filed at town level.</li>
 * </ul>
 * Weights use each unit's population in the last year of the span.
 *
 * <p>Immutable and thread-safe.
 */
final class UnitWeights {
    /** The share of records filed at a town (镇/街道) rather than a village or community. */
    static final double TOWN_SHARE = 0.05;
    private static final long SALT = 0x5249534bL; // "RISK"

    final AliasTable crime;
    final AliasTable calls;
    final AliasTable disputes;
    final AliasTable landDisputes;
    final AliasTable propertyDisputes;
    final AliasTable outreach;
    final AliasTable towns;

    UnitWeights(SampleCity city, long seed) {
        SplittableRandom rng = new SplittableRandom(Draws.derive(seed, SALT));
        int n = city.leaves().size();
        double[] crimeW = new double[n];
        double[] callW = new double[n];
        double[] disputeW = new double[n];
        double[] landW = new double[n];
        double[] propertyW = new double[n];
        double[] outreachW = new double[n];
        for (int i = 0; i < n; i++) {
            SampleCity.Leaf leaf = city.leaves().get(i);
            boolean urban = leaf.urban();
            double pop = Math.max(1, leaf.population());
            boolean quiet = rng.nextDouble() < (urban ? 0.08 : 0.42);
            boolean remote = quiet && !urban && rng.nextDouble() < 0.25;
            double risk = Math.min(40, Math.pow(1 - rng.nextDouble(), -1 / 1.5));
            crimeW[i] = pop * risk * (urban ? 1.6 : 1.0) * (quiet ? 0.015 : 1.0);
            callW[i] = pop * Math.sqrt(risk) * Draws.lognormal(rng, 1, 0.4) * (urban ? 1.3 : 1.0)
                    * (remote ? 0.08 : quiet ? 0.35 : 1.0);
            disputeW[i] = pop * Draws.lognormal(rng, 1, 0.5) * (quiet ? 0.7 : 1.0);
            landW[i] = disputeW[i] * (urban ? 0.01 : 1.0);
            propertyW[i] = disputeW[i] * (urban ? 1.0 : 0.08);
            outreachW[i] = Math.sqrt(pop) * Draws.lognormal(rng, 1, 0.4);
        }
        double[] townW = new double[city.towns().size()];
        for (int t = 0; t < townW.length; t++) {
            townW[t] = Math.max(1, city.towns().get(t).population()) * Draws.lognormal(rng, 1, 0.3);
        }
        crime = AliasTable.of(crimeW);
        calls = AliasTable.of(callW);
        disputes = AliasTable.of(disputeW);
        landDisputes = AliasTable.of(landW);
        propertyDisputes = AliasTable.of(propertyW);
        outreach = AliasTable.of(outreachW);
        towns = AliasTable.of(townW);
    }
}
