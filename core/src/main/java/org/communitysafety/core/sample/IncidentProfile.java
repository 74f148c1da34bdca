package org.communitysafety.core.sample;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How incidents of one category behave: their share, trend, season, clearance, reporting,
 * repeat calls, losses and sources. The numbers, for the first year of the span:
 *
 * <pre>
 * category          share%  trend/yr          season      cleared  median days  same-day  repeat  loss median ¥ (σ)
 * theft              14.0   −20%              summer       35%        12          85%       5%       1,500 (1.1)
 * burglary            3.0   −15%              summer       45%        15          85%       5%       4,000 (1.1)
 * vehicle_theft       0.6   −15%              summer       55%        20          90%       4%      60,000 (0.8)
 * ebike_theft         4.0   −25%              summer       40%        10          88%       6%       2,500 (0.6)
 * fraud               3.0    −5%              fraud        45%        25          70%       4%       5,000 (1.2)
 * telecom_fraud       8.0   ×1.20, ×0.92 …    fraud        20%        35          60%       4%       8,000 (1.4)
 * robbery             0.4   −20%              flat         85%         5          95%       4%       1,200 (1.0)
 * snatching           0.3   −25%              flat         75%         6          95%       4%         800 (0.9)
 * assault             2.5    −5%              social       80%         4          92%       6%
 * homicide            0.02   flat             flat         95%         3          97%       2%
 * sexual_offence      0.3    −3%              summer       85%         6          70%       3%
 * drugs               0.8   −10%              flat         95%         2          95%       2%
 * gambling            1.5    −8%              festival     90%         1          95%       3%
 * public_order       12.0    −3%              social       85%         2          95%       8%
 * traffic_accident   16.0    +3%              traffic      92%         1          97%       4%
 * fire                2.0   flat              winter       90%         1          98%       5%
 * dispute_call       25.0    −5%              social       95%         0.5        99%      15%
 * other               6.58  flat              flat         80%         1          95%       5%
 * </pre>
 *
 * <ul>
 *   <li>Criminal categories make up about 37% of the first year; theft's −20% a year makes
 *       2024's theft 64% of 2022's. Telecom fraud follows exp(0.40·t − 0.22·t²): up 20% in the
 *       second year, back below the first in the third.</li>
 *   <li>Seasons (daily rate by month, January first): summer
 *       {@code .85 .70 .90 .95 1.05 1.15 1.30 1.30 1.10 1.00 .90 .85} (theft and traffic peak
 *       in July–August); winter for fire {@code 1.5 … 0.7 … 1.45}; fraud peaks around the
 *       Spring Festival and at the year end; "festival" (gambling) in January–February.</li>
 *   <li>"cleared" is 破获 for criminal categories and "handled" for the others; the probability
 *       rises 3% (relative) a year and the median days to clear fall 15% a year ("侦破时间缩短").
 *       Days to clear are lognormal with σ 1.2 (a week's median has a tail of months).</li>
 *   <li>The repeat-call probability falls 10% (relative) a year ("重复报警率下降").</li>
 *   <li>Losses are recorded for 95% of the property categories, lognormal, whole yuan, at
 *       most ¥10,000,000.</li>
 * </ul>
 *
 * @param code        the taxonomy code
 * @param share       the share in percent of the first year's incidents
 * @param trend       a in the trend exp(a·t + b·t²), t years after the first
 * @param curve       b in the trend
 * @param season      twelve monthly factors of the daily rate
 * @param cleared     the probability of being cleared (or handled) in the first year
 * @param clearDays   the median days from report to clearance in the first year
 * @param sameDay     the probability of being reported on the day it happened
 * @param repeat      the probability of being a repeat call in the first year
 * @param lossMedian  the median loss in yuan, 0 for no loss
 * @param lossSigma   the σ of the loss's logarithm
 * @param sources     weights of call, walk-in, online, patrol, volunteer, smart alert, other
 */
record IncidentProfile(String code, double share, double trend, double curve, double[] season, double cleared,
        double clearDays, double sameDay, double repeat, double lossMedian, double lossSigma, double[] sources) {

    static final double[] FLAT = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    static final double[] SUMMER = {.85, .70, .90, .95, 1.05, 1.15, 1.30, 1.30, 1.10, 1.00, .90, .85};
    static final double[] TRAFFIC = {.95, .85, .95, 1.00, 1.05, 1.10, 1.15, 1.15, 1.05, 1.10, .95, .90};
    static final double[] WINTER = {1.50, 1.40, 1.10, .90, .80, .70, .70, .70, .80, .90, 1.20, 1.45};
    static final double[] FRAUD = {1.30, 1.25, .95, .90, .90, .85, .85, .90, .95, 1.00, 1.15, 1.25};
    static final double[] SOCIAL = {1.05, 1.15, .95, .95, 1.00, 1.05, 1.10, 1.10, 1.00, 1.00, .90, .95};
    static final double[] FESTIVAL = {1.60, 1.50, .90, .85, .85, .85, .90, .90, .90, .95, .90, 1.10};

    // call, walk_in, online, patrol, volunteer, smart_alert, other
    static final double[] DEFAULT_SOURCES = {72, 10, 3, 6, 5, 3, 1};
    static final double[] PROPERTY_SOURCES = {65, 14, 5, 5, 4, 6, 1};
    static final double[] FRAUD_SOURCES = {35, 30, 30, 0, 3, 2, 0};
    static final double[] POLICE_SOURCES = {15, 3, 2, 40, 30, 10, 0};
    static final double[] TRAFFIC_SOURCES = {88, 2, 1, 7, 0, 2, 0};

    private static final double THEFT = Math.log(0.80);

    private static final Map<String, IncidentProfile> BY_CODE = Stream.of(
            p("theft", 14.0, THEFT, 0, SUMMER, .35, 12, .85, .05, 1_500, 1.1, PROPERTY_SOURCES),
            p("burglary", 3.0, Math.log(.85), 0, SUMMER, .45, 15, .85, .05, 4_000, 1.1, PROPERTY_SOURCES),
            p("vehicle_theft", 0.6, Math.log(.85), 0, SUMMER, .55, 20, .90, .04, 60_000, 0.8, PROPERTY_SOURCES),
            p("ebike_theft", 4.0, Math.log(.75), 0, SUMMER, .40, 10, .88, .06, 2_500, 0.6, PROPERTY_SOURCES),
            p("fraud", 3.0, Math.log(.95), 0, FRAUD, .45, 25, .70, .04, 5_000, 1.2, FRAUD_SOURCES),
            p("telecom_fraud", 8.0, 0.40, -0.22, FRAUD, .20, 35, .60, .04, 8_000, 1.4, FRAUD_SOURCES),
            p("robbery", 0.4, Math.log(.80), 0, FLAT, .85, 5, .95, .04, 1_200, 1.0, DEFAULT_SOURCES),
            p("snatching", 0.3, Math.log(.75), 0, FLAT, .75, 6, .95, .04, 800, 0.9, DEFAULT_SOURCES),
            p("assault", 2.5, Math.log(.95), 0, SOCIAL, .80, 4, .92, .06, 0, 0, DEFAULT_SOURCES),
            p("homicide", 0.02, 0, 0, FLAT, .95, 3, .97, .02, 0, 0, DEFAULT_SOURCES),
            p("sexual_offence", 0.3, Math.log(.97), 0, SUMMER, .85, 6, .70, .03, 0, 0, DEFAULT_SOURCES),
            p("drugs", 0.8, Math.log(.90), 0, FLAT, .95, 2, .95, .02, 0, 0, POLICE_SOURCES),
            p("gambling", 1.5, Math.log(.92), 0, FESTIVAL, .90, 1, .95, .03, 0, 0, POLICE_SOURCES),
            p("public_order", 12.0, Math.log(.97), 0, SOCIAL, .85, 2, .95, .08, 0, 0, DEFAULT_SOURCES),
            p("traffic_accident", 16.0, Math.log(1.03), 0, TRAFFIC, .92, 1, .97, .04, 0, 0, TRAFFIC_SOURCES),
            p("fire", 2.0, 0, 0, WINTER, .90, 1, .98, .05, 0, 0, DEFAULT_SOURCES),
            p("dispute_call", 25.0, Math.log(.95), 0, SOCIAL, .95, 0.5, .99, .15, 0, 0, DEFAULT_SOURCES),
            p("other", 6.58, 0, 0, FLAT, .80, 1, .95, .05, 0, 0, DEFAULT_SOURCES))
            .collect(Collectors.toUnmodifiableMap(IncidentProfile::code, Function.identity()));

    private static IncidentProfile p(String code, double share, double trend, double curve, double[] season,
            double cleared, double clearDays, double sameDay, double repeat, double lossMedian, double lossSigma,
            double[] sources) {
        return new IncidentProfile(code, share, trend, curve, season, cleared, clearDays, sameDay, repeat, lossMedian,
                lossSigma, sources);
    }

    /**
     * The profile of {@code code}; a category this table does not know (a taxonomy extended
     * later) gets a small flat share like {@code other}'s.
     */
    static IncidentProfile of(String code) {
        IncidentProfile known = BY_CODE.get(code);
        return known != null ? known : p(code, 0.5, 0, 0, FLAT, .80, 1, .95, .05, 0, 0, DEFAULT_SOURCES);
    }

    /** Whether the table has a profile for {@code code}. */
    static boolean knows(String code) {
        return BY_CODE.containsKey(code);
    }

    /** The trend factor {@code t} years after the first, kept within 0.02..50. */
    double trendFactor(int t) {
        return Draws.clamp(Math.exp(trend * t + curve * t * (double) t), 0.02, 50);
    }
}
