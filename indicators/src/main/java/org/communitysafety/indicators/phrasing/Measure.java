package org.communitysafety.indicators.phrasing;

import java.util.Objects;
import java.util.Optional;
import org.communitysafety.core.lang.Check;
import org.communitysafety.indicators.Indicator;

/**
 * What a count counts: the Chinese measure word (量词) written after the number, and the English
 * noun, singular and plural. Immutable and thread-safe.
 *
 * <p>Chinese writes the word straight after the number, "4.5万余宗", "640余场次"; English writes
 * the noun after a space, singular only for exactly one, "1 dispute", "over 45,000 disputes".
 * Reports vary the word for the same record kind (the domain notes count disputes both in 宗 and
 * in 起); {@link #withZh(String)} swaps it.
 *
 * @param zh         the Chinese measure word, e.g. {@code 宗}
 * @param enSingular the English noun for one, e.g. {@code dispute}
 * @param enPlural   the English noun for any other number, e.g. {@code disputes}
 */
public record Measure(String zh, String enSingular, String enPlural) {

    /** Incidents, cases and calls: 起 / incident(s). */
    public static final Measure INCIDENTS = new Measure("起", "incident", "incidents");
    /** Disputes: 宗 / dispute(s) ("受理矛盾纠纷45225宗"). */
    public static final Measure DISPUTES = new Measure("宗", "dispute", "disputes");
    /** Outreach sessions: 场次 / session(s) ("640余场次"). */
    public static final Measure SESSIONS = new Measure("场次", "session", "sessions");
    /** An audience: 人次 / person-time(s) ("50余万人次"), a sum of crowd sizes, not of people. */
    public static final Measure PERSON_TIMES = new Measure("人次", "person-time", "person-times");
    /** People: 人 / person, people ("360余万人", "近万人"). */
    public static final Measure PEOPLE = new Measure("人", "person", "people");
    /** Safety hazards: 处 / hazard(s) ("820余处"). */
    public static final Measure HAZARDS = new Measure("处", "hazard", "hazards");
    /** Households: 户 / household(s). */
    public static final Measure HOUSEHOLDS = new Measure("户", "household", "households");
    /** Leads passed on: 条 / lead(s). */
    public static final Measure LEADS = new Measure("条", "lead", "leads");
    /** Frauds dissuaded: 起 / fraud(s) ("50余起电信网络诈骗"). */
    public static final Measure FRAUDS = new Measure("起", "fraud", "frauds");
    /** Money: 元 / yuan ("40余万元" — 万元 comes from the number's magnitude, not from the word). */
    public static final Measure YUAN = new Measure("元", "yuan", "yuan");
    /** Days: 天 / day(s). */
    public static final Measure DAYS = new Measure("天", "day", "days");

    public Measure {
        Check.notBlank(zh, "zh");
        Check.notBlank(enSingular, "enSingular");
        Check.notBlank(enPlural, "enPlural");
    }

    /** A measure with these words. */
    public static Measure of(String zh, String enSingular, String enPlural) {
        return new Measure(zh, enSingular, enPlural);
    }

    /**
     * The measure of an indicator's counts, empty for a ratio (rates, proportions per capita):
     *
     * <ul>
     *   <li>incidents counted, frauds stopped: 起 ({@link #INCIDENTS}, {@link #FRAUDS});</li>
     *   <li>disputes received, concluded, open, old: 宗 ({@link #DISPUTES});</li>
     *   <li>outreach sessions: 场次; audience: 人次; households: 户; leads: 条;</li>
     *   <li>loss, recovered, amount involved, losses avoided: 元 ({@link #YUAN});</li>
     *   <li>medians of days: 天 ({@link #DAYS}).</li>
     * </ul>
     */
    public static Optional<Measure> of(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        return Optional.ofNullable(switch (indicator) {
            case INCIDENTS_COUNT -> INCIDENTS;
            case INCIDENTS_LOSS, INCIDENTS_RECOVERED, DISPUTES_AMOUNT, OUTREACH_LOSS_AVOIDED -> YUAN;
            case INCIDENTS_MEDIAN_DAYS_TO_CLEAR, DISPUTES_MEDIAN_DAYS_TO_CLOSE -> DAYS;
            case DISPUTES_COUNT, DISPUTES_OPENING_BACKLOG, DISPUTES_CONCLUDED, DISPUTES_BACKLOG,
                    DISPUTES_OLD_BACKLOG -> DISPUTES;
            case OUTREACH_SESSIONS -> SESSIONS;
            case OUTREACH_AUDIENCE -> PERSON_TIMES;
            case OUTREACH_HOUSEHOLDS -> HOUSEHOLDS;
            case OUTREACH_LEADS -> LEADS;
            case OUTREACH_FRAUDS_STOPPED -> FRAUDS;
            case INCIDENTS_RATE_PER_10K, INCIDENTS_CLEARANCE_RATE, INCIDENTS_CLEARANCES_IN_PERIOD_RATE,
                    INCIDENTS_REPEAT_CALL_RATE, UNITS_ZERO_INCIDENT_SHARE, UNITS_EXPECTED_ZERO_SHARE,
                    DISPUTES_RESOLUTION_RATE, DISPUTES_SUCCESS_RATE, DISPUTES_CONCLUSION_RATE,
                    OUTREACH_AUDIENCE_PER_CAPITA, OUTREACH_HAZARD_FIX_RATE -> null;
        });
    }

    /** This measure with another Chinese word: {@code DISPUTES.withZh("起")} counts disputes in 起. */
    public Measure withZh(String word) {
        return new Measure(word, enSingular, enPlural);
    }

    /** The word in {@code language}: the measure word, or the English noun for {@code count}. */
    public String word(Language language, long count) {
        Objects.requireNonNull(language, "language");
        return language == Language.ZH ? zh : count == 1 ? enSingular : enPlural;
    }
}
