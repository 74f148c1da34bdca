package org.communitysafety.indicators.phrasing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.Indicator;
import org.communitysafety.indicators.IndicatorRow;

/**
 * Turns figures into the phrases and sentences reports are written in, in Chinese or English.
 * Immutable and thread-safe: every {@code with…} returns a new phrasing, so one configured
 * instance can serve a whole document and keep its rounding consistent.
 *
 * <pre>{@code
 * Phrasing zh = Phrasing.zh();
 * zh.count(18_342)                                   // 1.8万余
 * zh.count(45_225, Measure.DISPUTES)                 // 4.5万余宗
 * zh.percent(44_319, 45_225)                         // 98.0%
 * zh.change(73, 120, Comparison.yearOnYear())        // 同比下降39.2%
 * zh.disputesResolved(45_225, 44_319)                // 受理矛盾纠纷4.5万余宗，成功调解4.4万余宗，调解成功率98.0%
 * Phrasing.en().change(1_120, 1_000, Comparison.periodOnPeriod(PeriodKind.QUARTER))
 *                                                    // up 12.0% on the previous quarter
 * }</pre>
 *
 * <h2>Defaults</h2>
 * <table>
 *   <caption>Settings and their defaults</caption>
 *   <tr><th>setting</th><th>default</th><th>why</th></tr>
 *   <tr><td>{@link #withRounding rounding}</td><td>{@link RoundingMode#HALF_UP}: half away from
 *       zero, 12.5 → 13 and −12.5 → −13</td><td>what reports do; {@link RoundingMode#HALF_EVEN}
 *       is GB/T 8170's rule (四舍六入五成双)</td></tr>
 *   <tr><td>{@link #withDecimals decimals}</td><td>1: 98.0%, 39.3%</td><td>the domain notes</td></tr>
 *   <tr><td>{@link #withCounts counts}</td><td>{@link CountStyle#APPROXIMATE}</td><td>"4.5万余"</td></tr>
 *   <tr><td>{@link #withSignificantDigits significant digits}</td><td>2: 1.8万余, 640余, 360余万</td>
 *       <td>every approximate count in the domain notes keeps two</td></tr>
 *   <tr><td>{@link #withNearlyWithin 近 threshold}</td><td>0.02: 9,800 to 9,999 are 近万</td>
 *       <td>9,860 → 近万 is 1.4% short</td></tr>
 *   <tr><td>{@link #withYuStyle 余 style}</td><td>{@link YuStyle#BEFORE_MAGNITUDE}: 360余万</td>
 *       <td>the domain notes' 360余万, 50余万, 40余万</td></tr>
 *   <tr><td>{@link #withPunctuation punctuation}</td><td>{@link Punctuation#FULL_WIDTH}: ，（）</td>
 *       <td>GB/T 15834; {@link Punctuation#ASCII} reproduces "4.5万余宗,成功调解"</td></tr>
 *   <tr><td>{@link #withSignificance significance}</td><td>{@link SignificanceStyle#PLAIN}</td>
 *       <td>reports rarely say; ask for the note</td></tr>
 * </table>
 *
 * <h2>Exactness</h2>
 * Every percentage is computed from the exact counts with {@link BigDecimal} and rounded once:
 * 44,319 of 45,225 is 97.9966…% → 98.0%, never a rounded proportion multiplied by 100.
 *
 * <p>A phrasing is its {@link Settings} and nothing else: two phrasings with equal settings are
 * equal, and the wording of its language is looked up, not held.
 *
 * @param settings the settings, each {@code with…} of which this phrasing mirrors
 */
public record Phrasing(Settings settings) {

    /** The bundle of the wording: {@code PhrasingText_zh.properties}, {@code PhrasingText_en.properties}. */
    static final String WORDING = "org.communitysafety.indicators.phrasing.PhrasingText";

    /**
     * The settings of a {@link Phrasing}, one immutable value: each {@code with…} returns a copy
     * with one setting changed, and checks it. The defaults are in the table on {@link Phrasing}.
     * Immutable and thread-safe.
     *
     * @param language          the language written in
     * @param rounding          the rounding of percentages and changes, any mode but
     *                          {@link RoundingMode#UNNECESSARY}
     * @param decimals          the decimal places of percentages and changes, 0 to 6
     * @param counts            whether counts are approximate or exact
     * @param significantDigits the significant digits kept in approximate counts, 1 to 18
     * @param nearlyWithin      the 近 threshold, a fraction of the round figure in [0, 0.5), kept
     *                          without trailing zeros so that 0.02 and 0.020 are one setting
     * @param yuStyle           where 余 goes
     * @param punctuation       the Chinese punctuation
     * @param significance      what is said about significance
     */
    public record Settings(Language language, RoundingMode rounding, int decimals, CountStyle counts,
            int significantDigits, BigDecimal nearlyWithin, YuStyle yuStyle, Punctuation punctuation,
            SignificanceStyle significance) {

        private static final Settings DEFAULTS = new Settings(Language.ZH, RoundingMode.HALF_UP, 1,
                CountStyle.APPROXIMATE, 2, new BigDecimal("0.02"), YuStyle.BEFORE_MAGNITUDE, Punctuation.FULL_WIDTH,
                SignificanceStyle.PLAIN);

        public Settings {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(rounding, "mode");
            Check.argument(rounding != RoundingMode.UNNECESSARY,
                    "rounding must be a rounding mode; UNNECESSARY would fail on 1 of 3");
            Check.argument(decimals >= 0 && decimals <= 6, "decimals must be 0..6, got %d", decimals);
            Objects.requireNonNull(counts, "style");
            Check.argument(significantDigits >= 1 && significantDigits <= 18,
                    "significant digits must be 1..18, got %d", significantDigits);
            Objects.requireNonNull(nearlyWithin, "nearlyWithin");
            Check.argument(nearlyWithin.signum() >= 0 && nearlyWithin.compareTo(new BigDecimal("0.5")) < 0,
                    "the 近 threshold must be in [0, 0.5), got %s", nearlyWithin);
            nearlyWithin = nearlyWithin.signum() == 0 ? BigDecimal.ZERO : nearlyWithin.stripTrailingZeros();
            Objects.requireNonNull(yuStyle, "style");
            Objects.requireNonNull(punctuation, "punctuation");
            Objects.requireNonNull(significance, "style");
        }

        /** The defaults of {@code language}. */
        public static Settings defaults(Language language) {
            return DEFAULTS.withLanguage(language);
        }

        /** These settings in another language. */
        public Settings withLanguage(Language language) {
            return with(c -> c.language = language);
        }

        /** See {@link Phrasing#withRounding}. */
        public Settings withRounding(RoundingMode mode) {
            return with(c -> c.rounding = mode);
        }

        /** See {@link Phrasing#withDecimals}. */
        public Settings withDecimals(int decimals) {
            return with(c -> c.decimals = decimals);
        }

        /** See {@link Phrasing#withCounts}. */
        public Settings withCounts(CountStyle style) {
            return with(c -> c.counts = style);
        }

        /** See {@link Phrasing#withSignificantDigits}. */
        public Settings withSignificantDigits(int digits) {
            return with(c -> c.significantDigits = digits);
        }

        /** See {@link Phrasing#withNearlyWithin}. */
        public Settings withNearlyWithin(double fraction) {
            Check.argument(fraction >= 0 && fraction < 0.5, "the 近 threshold must be in [0, 0.5), got %s", fraction);
            return with(c -> c.nearlyWithin = BigDecimal.valueOf(fraction));
        }

        /** See {@link Phrasing#withYuStyle}. */
        public Settings withYuStyle(YuStyle style) {
            return with(c -> c.yuStyle = style);
        }

        /** See {@link Phrasing#withPunctuation}. */
        public Settings withPunctuation(Punctuation punctuation) {
            return with(c -> c.punctuation = punctuation);
        }

        /** See {@link Phrasing#withSignificance}. */
        public Settings withSignificance(SignificanceStyle style) {
            return with(c -> c.significance = style);
        }

        /** A copy of these settings with the change made, checked by the constructor: the one place settings are copied. */
        private Settings with(java.util.function.Consumer<Copy> change) {
            Copy c = new Copy(this);
            change.accept(c);
            return new Settings(c.language, c.rounding, c.decimals, c.counts, c.significantDigits, c.nearlyWithin,
                    c.yuStyle, c.punctuation, c.significance);
        }

        /** The fields of settings being changed; never leaves {@link #with}. */
        private static final class Copy {
            Language language;
            RoundingMode rounding;
            int decimals;
            CountStyle counts;
            int significantDigits;
            BigDecimal nearlyWithin;
            YuStyle yuStyle;
            Punctuation punctuation;
            SignificanceStyle significance;

            Copy(Settings s) {
                language = s.language;
                rounding = s.rounding;
                decimals = s.decimals;
                counts = s.counts;
                significantDigits = s.significantDigits;
                nearlyWithin = s.nearlyWithin;
                yuStyle = s.yuStyle;
                punctuation = s.punctuation;
                significance = s.significance;
            }
        }

        /**
         * {@code ZH, HALF_UP, 1 decimal, APPROXIMATE 2 digits, 近 within 0.02, BEFORE_MAGNITUDE, FULL_WIDTH, PLAIN}.
         */
        @Override
        public String toString() {
            return language + ", " + rounding + ", " + decimals + (decimals == 1 ? " decimal, " : " decimals, ")
                    + counts + " " + significantDigits + " digits, 近 within " + nearlyWithin.toPlainString() + ", "
                    + yuStyle + ", " + punctuation + ", " + significance;
        }
    }

    /** The wording of each language, loaded once: a phrasing is its settings and nothing else. */
    private static final Map<Language, Wording> WORDS = wordings();

    private static final Phrasing ZH = new Phrasing(Settings.DEFAULTS);
    private static final Phrasing EN = ZH.withLanguage(Language.EN);

    /** A phrasing with these settings; the same as {@link #of(Settings)}. */
    public Phrasing {
        Objects.requireNonNull(settings, "settings");
    }

    private static Map<Language, Wording> wordings() {
        Map<Language, Wording> words = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            words.put(language, Wording.of(WORDING, language));
        }
        return words;
    }

    // ------------------------------------------------------------ factories and settings

    /** Chinese with the defaults above. */
    public static Phrasing zh() {
        return ZH;
    }

    /** English with the defaults above. */
    public static Phrasing en() {
        return EN;
    }

    /** {@code language} with the defaults above. */
    public static Phrasing of(Language language) {
        return of(Settings.defaults(language));
    }

    /** A phrasing with these settings. */
    public static Phrasing of(Settings settings) {
        return new Phrasing(settings);
    }

    /** The settings. */
    public Settings settings() {
        return settings;
    }

    /** This phrasing in another language. */
    public Phrasing withLanguage(Language language) {
        return of(settings.withLanguage(language));
    }

    /**
     * Rounds percentages and changes with {@code mode}: {@link RoundingMode#HALF_UP} (the default)
     * or {@link RoundingMode#HALF_EVEN} (GB/T 8170), or any other but
     * {@link RoundingMode#UNNECESSARY}. Approximate counts are truncated whatever the mode, since
     * 余 means "more than".
     */
    public Phrasing withRounding(RoundingMode mode) {
        return of(settings.withRounding(mode));
    }

    /** Writes percentages and changes with {@code decimals} places, 0 to 6 (1 by default). */
    public Phrasing withDecimals(int decimals) {
        return of(settings.withDecimals(decimals));
    }

    /** Writes counts approximately (the default) or exactly. */
    public Phrasing withCounts(CountStyle style) {
        return of(settings.withCounts(style));
    }

    /** Keeps {@code digits} significant digits, 1 to 18, in approximate counts (2 by default; see {@link #approximate}). */
    public Phrasing withSignificantDigits(int digits) {
        return of(settings.withSignificantDigits(digits));
    }

    /**
     * Writes 近 (nearly) for a count at most {@code fraction} of a round figure below it (0.02 by
     * default; 0 never writes 近). The fraction is taken as written in decimal: 0.02 is exactly 2%.
     *
     * @throws IllegalArgumentException if {@code fraction} is not in [0, 0.5)
     */
    public Phrasing withNearlyWithin(double fraction) {
        return of(settings.withNearlyWithin(fraction));
    }

    /** Places 余 before or after 万 and 亿 in whole-number approximations (before by default). */
    public Phrasing withYuStyle(YuStyle style) {
        return of(settings.withYuStyle(style));
    }

    /** Writes Chinese commas and brackets full-width (the default) or ASCII. */
    public Phrasing withPunctuation(Punctuation punctuation) {
        return of(settings.withPunctuation(punctuation));
    }

    /** Says what significance tests found, as {@code style} describes (nothing by default). */
    public Phrasing withSignificance(SignificanceStyle style) {
        return of(settings.withSignificance(style));
    }

    /** The language. */
    public Language language() {
        return settings.language();
    }

    /** The rounding of percentages and changes. */
    public RoundingMode rounding() {
        return settings.rounding();
    }

    /** The decimal places of percentages and changes. */
    public int decimals() {
        return settings.decimals();
    }

    /** Whether counts are approximate or exact. */
    public CountStyle counts() {
        return settings.counts();
    }

    /** The significant digits kept in approximate counts. */
    public int significantDigits() {
        return settings.significantDigits();
    }

    /** The 近 threshold, a fraction of the round figure. */
    public BigDecimal nearlyWithin() {
        return settings.nearlyWithin();
    }

    /** Where 余 goes. */
    public YuStyle yuStyle() {
        return settings.yuStyle();
    }

    /** The Chinese punctuation. */
    public Punctuation punctuation() {
        return settings.punctuation();
    }

    /** What is said about significance. */
    public SignificanceStyle significanceStyle() {
        return settings.significance();
    }

    // ------------------------------------------------------------ wording

    /** The text of {@code key} in this phrasing's language, with the configured punctuation as {comma}, {open}, {close}. */
    String text(String key, Object... parts) {
        Object[] all = java.util.Arrays.copyOf(parts, parts.length + 6);
        Punctuation p = settings.punctuation();
        all[parts.length] = "comma";
        all[parts.length + 1] = p.comma();
        all[parts.length + 2] = "open";
        all[parts.length + 3] = p.open();
        all[parts.length + 4] = "close";
        all[parts.length + 5] = p.close();
        return words().text(key, all);
    }

    /** As {@link #text}, the {@code .one} form when {@code n} is 1 and the language has one. */
    String plural(String key, long n, Object... parts) {
        return text(words().pluralKey(key, n), parts);
    }

    /** The wording itself, for lists and optional texts. */
    Wording words() {
        return WORDS.get(settings.language());
    }

    /** Whether counts are written in myriads (万, 亿) rather than thousands. */
    boolean inMyriads() {
        return words().text("numbers").equals("myriads");
    }

    // ------------------------------------------------------------ numbers

    /**
     * A count as the configured {@link CountStyle} writes it: {@link #approximate(long)} or
     * {@link #exact(long)}.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public String count(long n) {
        return counts() == CountStyle.EXACT ? exact(n) : approximate(n);
    }

    /** A count with its measure: "4.5万余宗", "近万人", "over 45,000 disputes", "1 dispute". */
    public String count(long n, Measure measure) {
        Objects.requireNonNull(measure, "measure");
        String number = count(n);
        return text("count.measure", "count", number, "measure", measure.word(language(), n));
    }

    /** Every digit: "45225" in Chinese (as reports write it, ungrouped), "45,225" in English. */
    public String exact(long n) {
        Check.nonNegative(n, "a count");
        return inMyriads() ? Numbers.exactZh(n) : Numbers.grouped(n);
    }

    /**
     * A count rounded as reports round it. With s significant digits (2 by default) and the 近
     * threshold t (0.02 by default), for n ≥ 0:
     *
     * <ol>
     *   <li>n &lt; 10 is written exactly: "9".</li>
     *   <li><b>近</b>: let R be n rounded <i>up</i> to one significant digit (9,860 → 10,000; 49,800
     *       → 50,000). When R ≥ 100, n &lt; R and R − n ≤ t·R, write 近R: "近百", "近千", "近万",
     *       "近5万", "近10万", "近亿", "近300" / "nearly 10,000".</li>
     *   <li><b>余</b>: otherwise truncate n (never round up: 余 means "more than") to a multiple of
     *       g = 10^max(1, d − s), d being n's number of digits — s significant digits, and at least
     *       the units dropped, so 52 is "50余" rather than "52". Write the result with 余 when
     *       digits were dropped, without when n was already round: 18,342 → 1.8万余; 45,225 →
     *       4.5万余; 643 → 640余; 52 → 50余; 11 → 10余; 10,000 → 1万; 10,001 → 1万余; 100 → 100.</li>
     *   <li>Magnitudes: below 10,000 digits as they are; from 10,000 in 万, from 10^8 in 亿 (the
     *       largest magnitude; Long.MAX_VALUE is 92000000000余亿). A whole-number mantissa of two
     *       digits or more takes 余 where the {@link YuStyle} puts it (360余万 or 360万余); any other
     *       after the magnitude (1.8万余, 1万余).
     *       English writes thousands with commas and from a million in million, billion and
     *       trillion: "over 18,000", "over 3.6 million", "nearly 10,000".</li>
     * </ol>
     *
     * <p>The brief's example 3,600,000 → "360万余" is a count a little over 3.6 million (3,612,345);
     * 3,600,000 itself is "360万", as 10,000 is "1万".
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public String approximate(long n) {
        Check.nonNegative(n, "a count");
        Numbers.Approximation a = Numbers.approximate(n, significantDigits(), nearlyWithin());
        return inMyriads() ? Numbers.zh(a, yuStyle()) : Numbers.en(a);
    }

    /**
     * {@code numerator} of {@code denominator} as a percentage with the configured decimals and
     * rounding, from the exact rational: 44,319 of 45,225 → "98.0%"; 45,225 of 45,225 → "100.0%";
     * 0 of 7 → "0.0%". A numerator above the denominator is allowed (a rate can exceed 100%).
     *
     * @throws IllegalArgumentException if either is negative or the denominator is zero
     */
    public String percent(long numerator, long denominator) {
        Check.nonNegative(numerator, "numerator");
        Check.argument(denominator > 0, "a percentage needs a positive denominator, got %d of %d",
                numerator, denominator);
        return text("percent", "percent", Numbers.percentText(BigInteger.valueOf(numerator),
                BigInteger.valueOf(denominator), decimals(), rounding()));
    }

    /**
     * A row's value written with its unit, from the exact counts where the row has them:
     *
     * <ul>
     *   <li>a count: {@link #count(long, Measure)} with the indicator's measure — "4.5万余宗";</li>
     *   <li>a proportion: {@link #percent(long, long)} of numerator and denominator — "98.0%";</li>
     *   <li>per 10,000 residents: "每万人12.3起" / "12.3 per 10,000 residents"; per resident:
     *       "人均1.2人次" / "1.2 per resident" — the configured decimals and rounding;</li>
     *   <li>days: as computed (a median may end in .5) — "12.5天" / "12.5 days";</li>
     *   <li>yuan: approximate counts write the whole yuan as a count, "40余万元"; exact ones to the
     *       fen when there are fen, "100.50元" / "100.50 yuan", else "406500元" / "406,500 yuan".</li>
     * </ul>
     *
     * @return empty when the value is undefined or withheld
     */
    public Optional<String> value(IndicatorRow row) {
        return Values.of(this, row);
    }

    /** The period's name: 2024年第三季度 / Q3 2024 (see {@link PeriodNames}). */
    public String period(Period period) {
        return PeriodNames.of(period, language());
    }

    // ------------------------------------------------------------ changes

    /**
     * The change of a count from {@code baseline} to {@code current}, untested (see
     * {@link #change(long, long, Comparison, Measure, Significance)}): "同比下降39.2%" for 120 → 73.
     */
    public String change(long current, long baseline, Comparison comparison) {
        return change(current, baseline, comparison, Optional.empty(), Significance.UNTESTED);
    }

    /** As {@link #change(long, long, Comparison)}, naming what is new from zero: "同比新增3起". */
    public String change(long current, long baseline, Comparison comparison, Measure measure) {
        Objects.requireNonNull(measure, "measure");
        return change(current, baseline, comparison, Optional.of(measure), Significance.UNTESTED);
    }

    /**
     * The change of a count from {@code baseline} to {@code current}, with the comparison's words
     * (see {@link Comparison}):
     *
     * <ul>
     *   <li>p = (current − baseline) / baseline × 100, computed exactly and rounded once with the
     *       configured decimals and rounding; written "同比下降39.3%" / "down 39.3% on the same
     *       period last year", "环比上升12.0%" / "up 12.0% on the previous quarter". 120 → 73 is
     *       −39.1666…% → 下降39.2%; with 0 decimals 1,000 → 1,125 (+12.5%) is 上升13% half up, 12%
     *       half even, and 1,000 → 875 (−12.5%) is 下降13% half up (away from zero).</li>
     *   <li>current = baseline: "与去年同期持平" / "unchanged on the same period last year"
     *       ("与上月持平", "与2023年第三季度持平").</li>
     *   <li>current ≠ baseline but p rounds to 0: "与去年同期基本持平" / "roughly unchanged on …" —
     *       neither "上升0.0%" nor an exact 持平 it is not.</li>
     *   <li>baseline 0, current &gt; 0: there is no percentage; "同比新增3起" / "3 incidents, up from
     *       none in the same period last year".</li>
     *   <li>both 0: 持平.</li>
     * </ul>
     * The significance is written as the {@link SignificanceStyle} says; a flat change never has a note.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public String change(long current, long baseline, Comparison comparison, Measure measure,
            Significance significance) {
        Objects.requireNonNull(measure, "measure");
        return change(current, baseline, comparison, Optional.of(measure), significance);
    }

    private String change(long current, long baseline, Comparison comparison, Optional<Measure> measure,
            Significance significance) {
        Check.nonNegative(current, "current");
        Check.nonNegative(baseline, "baseline");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(significance, "significance");
        String what = measure.map(m -> count(current, m)).orElseGet(() -> count(current));
        return Changes.relative(this, Changes.Exact.of(current), Changes.Exact.of(baseline), comparison,
                significance, Optional.of(what));
    }

    /**
     * The relative change of a ratio of counts, numerator / denominator, from the baseline's:
     * p = (a₁/b₁ − a₀/b₀) / (a₀/b₀) × 100 = (a₁b₀ − a₀b₁) / (a₀b₁) × 100, exact — "县城重复报警率环比下降36.7%".
     * A zero baseline ratio with a non-zero current one is "同比由零上升" / "up from zero on …".
     *
     * @throws IllegalArgumentException if a count is negative or a denominator is not positive
     */
    public String ratioChange(long numerator, long denominator, long baselineNumerator, long baselineDenominator,
            Comparison comparison, Significance significance) {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(significance, "significance");
        return Changes.relative(this, ratio(numerator, denominator, "current"),
                ratio(baselineNumerator, baselineDenominator, "baseline"), comparison, significance, Optional.empty());
    }

    /**
     * The change of a proportion in percentage points: 100 × (a₁/b₁ − a₀/b₀), exact and rounded
     * once — "同比上升0.6个百分点" / "up 0.6 percentage points on the same period last year"; 持平
     * and 基本持平 as for {@link #change(long, long, Comparison, Measure, Significance)}.
     *
     * @throws IllegalArgumentException if a count is negative or a denominator is not positive
     */
    public String pointsChange(long numerator, long denominator, long baselineNumerator, long baselineDenominator,
            Comparison comparison, Significance significance) {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(significance, "significance");
        return Changes.points(this, ratio(numerator, denominator, "current"),
                ratio(baselineNumerator, baselineDenominator, "baseline"), comparison, significance);
    }

    private static Changes.Exact ratio(long numerator, long denominator, String which) {
        Check.argument(numerator >= 0, "the %s numerator must not be negative, got %d", which, numerator);
        Check.argument(denominator > 0, "the %s denominator must be positive, got %d", which, denominator);
        return Changes.Exact.of(numerator, denominator);
    }

    /**
     * The row's change as a report states it: in percentage points for a proportion (a clearance
     * or resolution rate: "破案率同比上升0.6个百分点", {@link #pointsChange(IndicatorRow)}), relative
     * otherwise ("同比下降39.3%", {@link #relativeChange(IndicatorRow)}).
     *
     * @return empty when the row has no change, or its value or the baseline's is undefined or withheld
     */
    public Optional<String> change(IndicatorRow row) {
        Objects.requireNonNull(row, "row");
        return Changes.ofRow(this, row, row.indicator().unit() == Indicator.Unit.PROPORTION);
    }

    /**
     * The row's change, relative, by the rules of
     * {@link #change(long, long, Comparison, Measure, Significance)}: the comparison from the row's
     * period and the baseline's ({@link Comparison#between}), the significance from the change
     * ({@link Significance#of(Indicator, org.communitysafety.indicators.Change)}), the exact
     * figures from the row's counts — numerator and denominator of both periods for a ratio, the
     * counts for a count, the decimal values (yuan to the fen, days) otherwise — and the measure
     * from the indicator ({@link Measure#of(Indicator)}).
     *
     * A proportion's relative change ("上升0.6%" for 98.0% → 98.6%) is rarely what a reader
     * wants; {@link #change(IndicatorRow)} gives its points.
     *
     * @return empty when the row has no change, or its value or the baseline's is undefined or withheld
     */
    public Optional<String> relativeChange(IndicatorRow row) {
        return Changes.ofRow(this, row, false);
    }

    /**
     * The row's change in percentage points, as {@link #pointsChange}.
     *
     * @return empty when the row has no change, or its value or the baseline's is undefined or withheld
     * @throws IllegalArgumentException if the row's indicator is not a proportion
     */
    public Optional<String> pointsChange(IndicatorRow row) {
        return Changes.ofRow(this, row, true);
    }

    // ------------------------------------------------------------ sentences

    /**
     * A subject and what it did, as one clause: "农村地区盗窃类刑事案件发案数" + "同比下降39.3%";
     * English puts a space between: "rural theft cases down 39.3% on the same period last year".
     */
    public String sentence(String subject, String predicate) {
        Check.notBlank(subject, "subject");
        Check.notBlank(predicate, "predicate");
        return text("sentence", "subject", subject, "predicate", predicate);
    }

    /**
     * "受理矛盾纠纷4.5万余宗，成功调解4.4万余宗，调解成功率98.0%" / "received over 45,000 disputes and
     * mediated over 44,000 successfully, a resolution rate of 98.0%"; "受理矛盾纠纷0宗" when none was
     * received.
     *
     * @throws IllegalArgumentException if a count is negative or resolved exceeds received
     */
    public String disputesResolved(long received, long resolved) {
        return Sentences.disputesResolved(this, received, resolved);
    }

    /** As {@link #disputesConcluded(long, long, Measure)} in 宗. */
    public String disputesConcluded(long received, long concluded) {
        return Sentences.disputesConcluded(this, received, concluded, Measure.DISPUTES);
    }

    /**
     * "受理矛盾纠纷1.8万余起，调结率达98.6%" (with {@code Measure.DISPUTES.withZh("起")}) / "received
     * over 18,000 disputes, with a conclusion rate of 98.6%".
     *
     * @throws IllegalArgumentException if a count is negative or concluded exceeds received
     */
    public String disputesConcluded(long received, long concluded, Measure measure) {
        return Sentences.disputesConcluded(this, received, concluded, measure);
    }

    /**
     * "全市79.5%的村（社区）实现刑事案件零发案" / "79.5% of villages (communities) across the city had
     * no criminal case", the scope named by the level: 市 / city, 区 / district, 镇 / town.
     *
     * @throws IllegalArgumentException if {@code scope} is {@link Level#VILLAGE}, {@code units} is
     *     not positive, or {@code zeroUnits} is not in [0, units]
     */
    public String zeroIncidentShare(Level scope, long zeroUnits, long units) {
        return Sentences.zeroIncidentShare(this, Sentences.scope(this, scope), zeroUnits, units);
    }

    /** As {@link #zeroIncidentShare(Level, long, long)} with the scope's word given: 县, 街道 / county. */
    public String zeroIncidentShare(String scope, long zeroUnits, long units) {
        return Sentences.zeroIncidentShare(this, scope, zeroUnits, units);
    }

    /**
     * The sentence of a {@link Indicator#UNITS_ZERO_INCIDENT_SHARE} row of the group
     * {@code criminal}: its numerator, denominator and level.
     *
     * @return empty when the row's counts are missing or withheld, or the row is a village's or a
     *     grid's (it has no villages below it to share out)
     * @throws IllegalArgumentException if the row is of another indicator or group
     */
    public Optional<String> zeroIncidentShare(IndicatorRow row) {
        Objects.requireNonNull(row, "row");
        Check.argument(row.indicator() == Indicator.UNITS_ZERO_INCIDENT_SHARE,
                "the zero-incident sentence needs a %s row, got %s", Indicator.UNITS_ZERO_INCIDENT_SHARE,
                row.indicator());
        Check.argument(row.group().toString().equals("criminal"),
                "the zero-incident sentence speaks of criminal cases; the row is of the group %s", row.group());
        if (row.numerator().isEmpty() || row.denominator().isEmpty() || row.denominator().getAsLong() == 0
                || row.value().isEmpty() || row.level() == Level.VILLAGE || row.level() == Level.GRID) {
            return Optional.empty();
        }
        return Optional.of(zeroIncidentShare(Sentences.scope(this, row.level(), row.unitName()),
                row.numerator().getAsLong(), row.denominator().getAsLong()));
    }

    /**
     * What a unit is called as a whole, as in 全{@code 区} / "across the {@code district}": by the
     * end of its name where the wording lists it (街道, 县, 乡, 旗 in Chinese; 县 → county in
     * English), else by its level (市 / city, 区 / district, 镇 / town).
     *
     * @throws IllegalArgumentException for a village or grid, which has no villages below it
     */
    public String scope(Level level, String unitName) {
        return Sentences.scope(this, Objects.requireNonNull(level, "level"), Objects.requireNonNull(unitName, "unitName"));
    }

    /** As {@link #outreach(String, long, long)} with 宣传活动 / outreach sessions. */
    public String outreach(long sessions, long audience) {
        return outreach(text("outreach.activity"), sessions, audience);
    }

    /**
     * "开展巡回宣传活动640余场次，受教育群众达50余万人次" / "held over 640 roving outreach sessions,
     * reaching over 500,000 person-times", {@code activity} in this phrasing's language.
     */
    public String outreach(String activity, long sessions, long audience) {
        return Sentences.outreach(this, activity, sessions, audience);
    }

    /**
     * "及时劝阻50余起电信网络诈骗，避免群众财产损失40余万元" / "stopped over 50 telecom frauds in time,
     * avoiding losses of over 400,000 yuan"; the loss in whole yuan.
     */
    public String fraudsStopped(long frauds, long lossAvoidedYuan) {
        return Sentences.fraudsStopped(this, frauds, lossAvoidedYuan);
    }

    // ------------------------------------------------------------ trends

    /**
     * "连续6个月同比下降" / "down on the year before for 6 months in a row" ("环比", "on the previous
     * month" for {@link MonthlySeries.Basis#MONTH_ON_MONTH}), from {@link MonthlySeries#streak}.
     *
     * @return empty for a streak of fewer than 2 months
     */
    public Optional<String> streak(MonthlySeries series, MonthlySeries.Basis basis, MonthlySeries.Direction direction) {
        return Trends.streak(this, series, basis, direction);
    }

    /**
     * "同比由升转降" / "turned from rising to falling on the year before", from
     * {@link MonthlySeries#turn}.
     *
     * @return empty when the last month did not turn
     */
    public Optional<String> turn(MonthlySeries series, MonthlySeries.Basis basis) {
        return Trends.turn(this, series, basis);
    }

    /**
     * "为近三年最低" / "the lowest in three years" when the last month is the series' strict minimum
     * ("最高" / "highest" for the maximum); the span is in years when the series covers 24, 36 …
     * months, otherwise in months ("近18个月", "in 18 months").
     *
     * @return empty when the last month is neither
     */
    public Optional<String> record(MonthlySeries series) {
        return Trends.record(this, series);
    }

    /**
     * Everything the series' last month is notable for, in this order: the year-on-year streaks,
     * the year-on-year turn, the month-on-month streaks, the month-on-month turn, the record.
     */
    public List<String> highlights(MonthlySeries series) {
        return Trends.highlights(this, series);
    }

    // ------------------------------------------------------------ Object

    /**
     * The settings: {@code Phrasing[ZH, HALF_UP, 1 decimal, APPROXIMATE 2 digits, 近 within 0.02, BEFORE_MAGNITUDE,
     * FULL_WIDTH, PLAIN]}.
     */
    @Override
    public String toString() {
        return "Phrasing[" + settings + "]";
    }
}
