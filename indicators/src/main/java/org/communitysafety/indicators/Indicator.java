package org.communitysafety.indicators;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitysafety.core.lang.Resources;
import org.communitysafety.core.lang.Suggest;

/**
 * The indicator catalogue: every figure CSI computes, with a stable id, its Chinese and English
 * names, the unit it is shown in, and the statistics attached to it. Immutable and thread-safe.
 *
 * <p>Notation below, for a unit U, a period P with first day F and last day L, and a group G (a
 * taxonomy group or category for incidents, a type for disputes and outreach, or all records):
 * every figure counts the records of U's whole subtree (the records filed at U itself plus its
 * descendants'), so a parent's figure is exactly the sum of its children's plus its own. pop(U)
 * is U's population in P's first year ({@link org.communitysafety.core.jurisdiction.Populations}).
 *
 * <h2>Two conventions of clearance</h2>
 * Reports mix two definitions of the clearance rate (破案率):
 * <ul>
 *   <li><b>cohort</b> ({@link #INCIDENTS_CLEARANCE_RATE}): of the incidents that occurred in P,
 *       the share cleared by L. A proportion between 0 and 1; recent periods look worse because
 *       their incidents have had less time to be cleared.</li>
 *   <li><b>period</b> ({@link #INCIDENTS_CLEARANCES_IN_PERIOD_RATE}): clearances made in P,
 *       whenever the incident occurred, over incidents that occurred in P — as the FBI's Uniform
 *       Crime Reporting program counts it. Not a proportion: it can exceed 1 when old cases are
 *       cleared.</li>
 * </ul>
 *
 * <h2>Statistics</h2>
 * {@link Statistic} says what uncertainty a figure carries: Poisson counts and rates carry an
 * exact (Garwood) interval and their changes the exact conditional test of two Poisson counts;
 * proportions carry a Wilson score interval and their changes a two-proportion test; stocks,
 * sums of sizes, amounts and medians carry none (they are not counts of independent events: a
 * backlog holds the same disputes from one day to the next, an audience is a sum of crowd sizes).
 */
public enum Indicator {
    /** Incidents that occurred in P: #{i ∈ G : F ≤ occurred(i) ≤ L}. */
    INCIDENTS_COUNT("incidents.count", Source.INCIDENTS, Unit.COUNT, Statistic.POISSON_COUNT),
    /**
     * Incidents per 10,000 residents: count / pop(U) × 10,000 (not annualised: a quarter's rate
     * is a quarter's incidents). Undefined when the population is unknown or zero.
     */
    INCIDENTS_RATE_PER_10K("incidents.rate_per_10k", Source.INCIDENTS, Unit.PER_10K, Statistic.POISSON_RATE),
    /**
     * Cohort clearance rate (破案率): cleared / count, where cleared counts the period's incidents
     * with cleared_on ≤ L. Undefined when count = 0.
     */
    INCIDENTS_CLEARANCE_RATE("incidents.clearance_rate", Source.INCIDENTS, Unit.PROPORTION, Statistic.PROPORTION),
    /**
     * Period clearance rate (UCR convention): clearances / count, where clearances counts the
     * incidents with F ≤ cleared_on ≤ L whatever their occurrence date. Can exceed 1. Undefined
     * when count = 0.
     */
    INCIDENTS_CLEARANCES_IN_PERIOD_RATE("incidents.clearances_in_period_rate", Source.INCIDENTS, Unit.PROPORTION,
            Statistic.NONE),
    /** Repeat-call rate (重复报警率): repeats / count. Undefined when count = 0. */
    INCIDENTS_REPEAT_CALL_RATE("incidents.repeat_call_rate", Source.INCIDENTS, Unit.PROPORTION, Statistic.PROPORTION),
    /**
     * Median of cleared_on − occurred_on, in days, over the incidents cleared in P (F ≤ cleared_on
     * ≤ L), all categories; the mean of the two middle values when their number is even.
     * Undefined when nothing was cleared.
     */
    INCIDENTS_MEDIAN_DAYS_TO_CLEAR("incidents.median_days_to_clear", Source.INCIDENTS, Unit.DAYS, Statistic.NONE),
    /** The loss of the period's incidents: Σ loss, in yuan (exact: fen / 100). */
    INCIDENTS_LOSS("incidents.loss", Source.INCIDENTS, Unit.YUAN, Statistic.NONE),
    /** The value recovered for the period's incidents: Σ recovered, in yuan. */
    INCIDENTS_RECOVERED("incidents.recovered", Source.INCIDENTS, Unit.YUAN, Statistic.NONE),
    /**
     * Zero-incident share (零发案率): of U's lowest-level descendants (the leaves of its subtree; U
     * itself when it is a leaf), the share with no incident of G in P: zero units / units. For
     * the headline "零发案" use the group {@code criminal}.
     */
    UNITS_ZERO_INCIDENT_SHARE("units.zero_incident_share", Source.UNITS, Unit.PROPORTION, Statistic.PROPORTION),
    /**
     * The zero-incident share that chance alone would give: (1/n) Σ_v e^(−λ_v) over U's n leaves
     * v, with λ_v = pop(v) × count(U) / pop(U) — each leaf's expected count if U's incidents fell
     * on its residents evenly. A report can tell from it whether 79.5% is remarkable or just many
     * small villages. Undefined when a population is unknown or pop(U) = 0.
     */
    UNITS_EXPECTED_ZERO_SHARE("units.expected_zero_share", Source.UNITS, Unit.PROPORTION, Statistic.NONE),
    /** Disputes received in P (受理数): #{d ∈ G : F ≤ received(d) ≤ L}. */
    DISPUTES_COUNT("disputes.count", Source.DISPUTES, Unit.COUNT, Statistic.POISSON_COUNT),
    /**
     * Resolution rate (调解成功率, as most reports use it): resolved / received, where resolved
     * counts the period's disputes resolved by L. Undefined when received = 0.
     */
    DISPUTES_RESOLUTION_RATE("disputes.resolution_rate", Source.DISPUTES, Unit.PROPORTION, Statistic.PROPORTION),
    /**
     * Success rate of mediation: resolved / concluded, over the period's disputes concluded (resolved,
     * failed or referred) by L. Undefined when none was concluded.
     */
    DISPUTES_SUCCESS_RATE("disputes.success_rate", Source.DISPUTES, Unit.PROPORTION, Statistic.PROPORTION),
    /** Conclusion rate (调结率): concluded / received, both over the period's disputes. */
    DISPUTES_CONCLUSION_RATE("disputes.conclusion_rate", Source.DISPUTES, Unit.PROPORTION, Statistic.PROPORTION),
    /** Disputes open at F: received before F and not closed before F (期初存量). */
    DISPUTES_OPENING_BACKLOG("disputes.opening_backlog", Source.DISPUTES, Unit.COUNT, Statistic.NONE),
    /** Disputes concluded in P, whenever received: F ≤ closed ≤ L (办结数). */
    DISPUTES_CONCLUDED("disputes.concluded", Source.DISPUTES, Unit.COUNT, Statistic.POISSON_COUNT),
    /**
     * Disputes open at L (存量): received by L and not closed by L. The ledger balances:
     * opening_backlog + count − concluded = backlog.
     */
    DISPUTES_BACKLOG("disputes.backlog", Source.DISPUTES, Unit.COUNT, Statistic.NONE),
    /** Of the backlog, disputes received more than 365 days before L (陈年纠纷): L − received > 365. */
    DISPUTES_OLD_BACKLOG("disputes.old_backlog", Source.DISPUTES, Unit.COUNT, Statistic.NONE),
    /** Median of closed − received, in days, over the disputes concluded in P (办结时间). */
    DISPUTES_MEDIAN_DAYS_TO_CLOSE("disputes.median_days_to_close", Source.DISPUTES, Unit.DAYS, Statistic.NONE),
    /** The amount involved in the disputes received in P, in yuan. */
    DISPUTES_AMOUNT("disputes.amount", Source.DISPUTES, Unit.YUAN, Statistic.NONE),
    /** Outreach sessions held in P (场次). */
    OUTREACH_SESSIONS("outreach.sessions", Source.OUTREACH, Unit.COUNT, Statistic.POISSON_COUNT),
    /** People reached, Σ audience in person-times (人次); a sum of crowd sizes, so no Poisson interval. */
    OUTREACH_AUDIENCE("outreach.audience", Source.OUTREACH, Unit.COUNT, Statistic.NONE),
    /** Households visited, Σ households (走访入户). */
    OUTREACH_HOUSEHOLDS("outreach.households", Source.OUTREACH, Unit.COUNT, Statistic.NONE),
    /** Leads passed on, Σ leads (线索). */
    OUTREACH_LEADS("outreach.leads", Source.OUTREACH, Unit.COUNT, Statistic.POISSON_COUNT),
    /** Frauds dissuaded, Σ frauds_stopped (劝阻诈骗). */
    OUTREACH_FRAUDS_STOPPED("outreach.frauds_stopped", Source.OUTREACH, Unit.COUNT, Statistic.POISSON_COUNT),
    /** Losses avoided, Σ loss_avoided, in yuan (避免损失). */
    OUTREACH_LOSS_AVOIDED("outreach.loss_avoided", Source.OUTREACH, Unit.YUAN, Statistic.NONE),
    /**
     * Audience per resident: Σ audience / pop(U), person-times per person (not a proportion: it
     * can exceed 1). Undefined when the population is unknown or zero.
     */
    OUTREACH_AUDIENCE_PER_CAPITA("outreach.audience_per_capita", Source.OUTREACH, Unit.PER_CAPITA, Statistic.NONE),
    /** Hazard rectification rate (隐患整改率): Σ hazards_fixed / Σ hazards_found. */
    OUTREACH_HAZARD_FIX_RATE("outreach.hazard_fix_rate", Source.OUTREACH, Unit.PROPORTION, Statistic.PROPORTION);

    /** Where an indicator's figures come from, and which groups it is broken down by. */
    public enum Source {
        /** Incidents, by taxonomy group and category. */
        INCIDENTS,
        /** Lowest-level units, by incidents' taxonomy group and category. */
        UNITS,
        /** Disputes, by dispute type. */
        DISPUTES,
        /** Outreach sessions, by outreach type. */
        OUTREACH
    }

    /** The unit a value is expressed in. */
    public enum Unit {
        /** A whole number of records (or of people, households …). */
        COUNT,
        /** Per 10,000 residents. */
        PER_10K,
        /** A proportion in [0, 1] (shown as a percentage; its changes also in percentage points). */
        PROPORTION,
        /** Per resident. */
        PER_CAPITA,
        /** Days. */
        DAYS,
        /** Yuan (元), exact to the fen. */
        YUAN
    }

    /**
     * Which way a change is for the better, as a bulletin reads it: fewer incidents, a lower rate
     * per 10,000, fewer repeat calls, a smaller loss, a shorter wait and a smaller backlog are
     * better; a higher clearance, resolution or success rate, more zero-incident villages and more
     * outreach are better; a change in the disputes received or concluded, or in the amounts in
     * dispute, is neither (more disputes brought to mediation may mean more trust as well as more
     * conflict, and the disputes concluded follow those received), nor is the zero-incident share
     * that chance alone would give.
     */
    public enum Direction {
        /** A fall is an improvement. */
        LOWER_IS_BETTER,
        /** A rise is an improvement. */
        HIGHER_IS_BETTER,
        /** Neither way is better in itself. */
        NEITHER;

        /**
         * Whether a change of this sign is an improvement: empty for {@link #NEITHER} or no change.
         *
         * @param change the change's sign or size: positive a rise, negative a fall
         */
        public Optional<Boolean> isBetter(double change) {
            if (this == NEITHER || change == 0 || Double.isNaN(change)) {
                return Optional.empty();
            }
            return Optional.of((change < 0) == (this == LOWER_IS_BETTER));
        }
    }

    /** The uncertainty attached to an indicator and to its change. */
    public enum Statistic {
        /** A count of independent events: exact Poisson (Garwood) interval; exact conditional test of two Poisson counts with exposure = period length in days. */
        POISSON_COUNT,
        /** A count per resident: Garwood interval scaled; the conditional test with exposure = population × days. */
        POISSON_RATE,
        /** numerator of denominator trials: Wilson score interval (Clopper–Pearson on request); a two-proportion test. */
        PROPORTION,
        /** No interval and no test. */
        NONE
    }

    private static final Map<String, Indicator> BY_ID =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Indicator::id, Function.identity()));

    private final String id;
    private final Source source;
    private final Unit unit;
    private final Statistic statistic;

    Indicator(String id, Source source, Unit unit, Statistic statistic) {
        this.id = id;
        this.source = source;
        this.unit = unit;
        this.statistic = statistic;
    }

    /** The stable id, e.g. {@code incidents.clearance_rate}. */
    public String id() {
        return id;
    }

    /**
     * The Chinese name, e.g. {@code 破案率}: from {@code IndicatorNames_zh.properties} beside this
     * class, where the wording of every language lives (a language is a file, not a field).
     */
    public String nameZh() {
        return Names.ZH.name(this);
    }

    /** The English name, e.g. {@code clearance rate}: from {@code IndicatorNames_en.properties}. */
    public String nameEn() {
        return Names.EN.name(this);
    }

    /**
     * The definition in Chinese, in words a report's reader follows (the formulas above, said
     * plainly), e.g. for {@code incidents.clearance_rate} 本期发案中截至本期末已破获的起数 ÷ 本期发案数（同批口径）…:
     * from {@code IndicatorDefinitions_zh.properties}; a report's methods appendix prints it.
     */
    public String definitionZh() {
        return Names.ZH_DEFINITIONS.name(this);
    }

    /** The definition in English: from {@code IndicatorDefinitions_en.properties}. */
    public String definitionEn() {
        return Names.EN_DEFINITIONS.name(this);
    }

    /** Where the figures come from. */
    public Source source() {
        return source;
    }

    /** The unit of the value. */
    public Unit unit() {
        return unit;
    }

    /** The uncertainty attached. */
    public Statistic statistic() {
        return statistic;
    }

    /**
     * Which way a change is for the better ({@link Direction}): reports shade a significant change
     * by it, green for the better and vermilion for the worse, and leave {@link Direction#NEITHER}
     * unshaded.
     */
    public Direction direction() {
        return switch (this) {
            case INCIDENTS_COUNT, INCIDENTS_RATE_PER_10K, INCIDENTS_REPEAT_CALL_RATE, INCIDENTS_MEDIAN_DAYS_TO_CLEAR,
                    INCIDENTS_LOSS, DISPUTES_OPENING_BACKLOG, DISPUTES_BACKLOG, DISPUTES_OLD_BACKLOG,
                    DISPUTES_MEDIAN_DAYS_TO_CLOSE -> Direction.LOWER_IS_BETTER;
            case INCIDENTS_CLEARANCE_RATE, INCIDENTS_CLEARANCES_IN_PERIOD_RATE, INCIDENTS_RECOVERED,
                    UNITS_ZERO_INCIDENT_SHARE, DISPUTES_RESOLUTION_RATE, DISPUTES_SUCCESS_RATE,
                    DISPUTES_CONCLUSION_RATE, OUTREACH_SESSIONS, OUTREACH_AUDIENCE, OUTREACH_HOUSEHOLDS,
                    OUTREACH_LEADS, OUTREACH_FRAUDS_STOPPED, OUTREACH_LOSS_AVOIDED, OUTREACH_AUDIENCE_PER_CAPITA,
                    OUTREACH_HAZARD_FIX_RATE -> Direction.HIGHER_IS_BETTER;
            case UNITS_EXPECTED_ZERO_SHARE, DISPUTES_COUNT, DISPUTES_CONCLUDED, DISPUTES_AMOUNT -> Direction.NEITHER;
        };
    }

    /** Whether the indicator is a ratio of two counts, so that its rows carry both. */
    public boolean isRatio() {
        return unit == Unit.PROPORTION || unit == Unit.PER_10K || unit == Unit.PER_CAPITA;
    }

    /** Whether the indicator is given only for all records of a unit, not by group (the medians). */
    public boolean isUngrouped() {
        return unit == Unit.DAYS;
    }

    /**
     * The indicator with this id.
     *
     * @throws IllegalArgumentException naming the nearest id when there is none
     */
    public static Indicator of(String id) {
        Objects.requireNonNull(id, "id");
        Indicator indicator = BY_ID.get(id.strip());
        if (indicator == null) {
            throw new IllegalArgumentException("unknown indicator '" + id + "'"
                    + Suggest.didYouMean(id.strip(), BY_ID.keySet()) + " (known: " + String.join(", ", ids()) + ")");
        }
        return indicator;
    }

    /** Every id, in catalogue order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Indicator::id).toList();
    }

    /**
     * The names (or definitions) of the indicators in one language, read once from {@code
     * IndicatorNames_zh.properties}, {@code IndicatorDefinitions_en.properties} and the like (UTF-8,
     * {@code id = text}); a file that misses an indicator or names an unknown id is a packaging
     * error, reported with the ids.
     */
    private enum Names {
        ZH("IndicatorNames_zh"), EN("IndicatorNames_en"), ZH_DEFINITIONS("IndicatorDefinitions_zh"),
        EN_DEFINITIONS("IndicatorDefinitions_en");

        /** Loaded when {@code Names} is first used (the holder idiom): no lock, no volatile. */
        private final Map<String, String> byId;

        Names(String base) {
            String file = base + ".properties";
            java.util.Properties p = Resources.properties(Indicator.class, file);
            java.util.Set<String> missing = new java.util.TreeSet<>(BY_ID.keySet());
            missing.removeAll(p.stringPropertyNames());
            java.util.Set<String> unknown = new java.util.TreeSet<>(p.stringPropertyNames());
            unknown.removeAll(BY_ID.keySet());
            if (!missing.isEmpty() || !unknown.isEmpty()) {
                throw new IllegalStateException(file + " must name every indicator and no other id: missing "
                        + missing + ", unknown " + unknown);
            }
            byId = p.stringPropertyNames().stream()
                    .collect(Collectors.toUnmodifiableMap(Function.identity(), id -> p.getProperty(id).strip()));
        }

        String name(Indicator indicator) {
            return byId.get(indicator.id);
        }
    }

    /** Returns the id. */
    @Override
    public String toString() {
        return id;
    }
}
