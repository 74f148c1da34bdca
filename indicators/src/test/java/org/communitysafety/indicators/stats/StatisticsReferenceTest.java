package org.communitysafety.indicators.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of {@code statistics.json} (104 values computed independently with mpmath at 60
 * digits, R's algorithms transcribed, cross-checked against SciPy and published R output; see
 * its {@code meta}) against this package, one dynamic test per case named by its id.
 *
 * <p>Comparison: {@code |actual - expected| <= rel_tol |expected|} with the case's
 * {@code rel_tol} (or {@code rel_tol_overrides} for a field), and exact equality when the
 * expected value is 0, 1 or "Infinity". Every field of {@code expected} (and of
 * {@code expected_rounded}) must be checked by the case's checker, and {@link #allCasesCovered}
 * asserts that all 104 ids ran to the end: nothing is skipped silently.
 *
 * <p>Null expectations and UNDEFINED statuses map to this package's explicit undefined results
 * (an empty {@code Optional}); the one PARTIAL_UNDEFINED case (Byar's lower limit at x = 0) maps
 * to the documented convention, the exact lower limit 0. R-literal prop.test: the case
 * {@code prop-r_prop_test_ci-5of10} is checked against {@link Proportions#rPropTest}, the
 * transcription of R, while {@link Proportions#wilsonCorrected} (the library's convention,
 * Newcombe's method 4 always corrected) is checked against the {@code wilson_score_cc} cases.
 */
final class StatisticsReferenceTest {
    private static final String RESOURCE = "/org/communitysafety/indicators/stats/statistics.json";
    private static final int EXPECTED_CASES = 104;
    private static final JsonNode ROOT = load();
    private static final Set<String> COMPLETED = ConcurrentHashMap.newKeySet();

    private static JsonNode load() {
        try (InputStream in = StatisticsReferenceTest.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void referenceFile_has104CasesWithUniqueIds() {
        JsonNode cases = ROOT.get("cases");
        assertEquals(EXPECTED_CASES, cases.size());
        Set<String> ids = new TreeSet<>();
        cases.forEach(c -> ids.add(c.get("id").asText()));
        assertEquals(EXPECTED_CASES, ids.size());
        assertEquals(ROOT.at("/meta/conventions/z_95").asDouble(), Normal.Z_95, 0.0);
    }

    @TestFactory
    Stream<DynamicTest> everyReferenceCase() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : ROOT.get("cases")) {
            String id = c.get("id").asText();
            tests.add(DynamicTest.dynamicTest(id, () -> {
                Case check = new Case(c);
                dispatch(check);
                check.assertEveryFieldChecked();
                COMPLETED.add(id);
            }));
        }
        return tests.stream();
    }

    @AfterAll
    static void allCasesCovered() {
        Set<String> all = new TreeSet<>();
        ROOT.get("cases").forEach(c -> all.add(c.get("id").asText()));
        Set<String> missing = new TreeSet<>(all);
        missing.removeAll(COMPLETED);
        assertTrue(missing.isEmpty(), "reference cases not covered: " + missing);
        assertEquals(EXPECTED_CASES, COMPLETED.size());
    }

    private static void dispatch(Case c) {
        switch (c.method) {
            case "wilson_score" -> proportion(c, Proportions.wilson(c.x(), c.n(), c.conf()));
            case "wilson_score_cc" -> proportion(c, Proportions.wilsonCorrected(c.x(), c.n(), c.conf()));
            case "clopper_pearson" -> clopperPearson(c);
            case "r_prop_test_ci_literal" -> rPropTest(c);
            case "poisson_exact_garwood" -> count(c, PoissonIntervals.garwood(c.x(), c.conf()));
            case "byar" -> byar(c);
            case "rate_exact_garwood" -> rate(c, IntervalMethod.GARWOOD);
            case "rate_byar" -> rate(c, IntervalMethod.BYAR);
            case "poisson_2sample_conditional_binomial" -> poissonRatio(c);
            case "poisson_difference_normal_approx" -> zApproximations(c);
            case "binom_test_exact" -> binomTest(c);
            case "poisson_test_exact" -> poissonTest(c);
            case "percent_change" -> percentChange(c);
            default -> fail("no checker for method " + c.method + " (case " + c.id + ")");
        }
    }

    // ------------------------------------------------------------------ proportions

    private static void proportion(Case c, Optional<Interval> interval) {
        if (c.undefined()) {
            assertTrue(interval.isEmpty(), "0 of 0 trials must be undefined");
            assertTrue(Proportions.estimate(c.x(), c.n()).isEmpty());
            c.expectNull("estimate", "lower", "upper");
            return;
        }
        c.value("estimate", Proportions.estimate(c.x(), c.n()).getAsDouble());
        c.value("lower", interval.orElseThrow().lower());
        c.value("upper", interval.orElseThrow().upper());
    }

    private static void clopperPearson(Case c) {
        Optional<Interval> interval = Proportions.clopperPearson(c.x(), c.n(), c.conf());
        proportion(c, interval);
        OptionalDouble complement = Proportions.clopperPearsonUpperComplement(c.x(), c.n(), c.conf());
        if (c.undefined()) {
            assertTrue(complement.isEmpty());
        } else {
            c.value("one_minus_upper", complement.getAsDouble());
        }
    }

    private static void rPropTest(Case c) {
        double p0 = c.input("p0");
        assertTrue(c.inputs.get("correct").asBoolean(), "the case is for prop.test(correct = TRUE)");
        Interval interval = Proportions.rPropTest(c.x(), c.n(), p0, c.conf()).orElseThrow();
        c.value("estimate", Proportions.estimate(c.x(), c.n()).getAsDouble());
        c.value("lower", interval.lower());
        c.value("upper", interval.upper());
        double yates = Proportions.rPropTestCorrection(c.x(), c.n(), p0);
        c.value("yates_used", yates);
        assertEquals(yates > 0 ? IntervalMethod.WILSON_CC : IntervalMethod.WILSON, interval.method());
        // the literal R rule at x = n p0 is the plain Wilson interval, unlike the library's convention
        Interval wilson = Proportions.wilson(c.x(), c.n(), c.conf()).orElseThrow();
        assertEquals(wilson.lower(), interval.lower(), 1e-15);
        assertEquals(wilson.upper(), interval.upper(), 1e-15);
    }

    // ------------------------------------------------------------------ Poisson counts and rates

    private static void count(Case c, Interval interval) {
        c.value("estimate", c.x());
        c.value("lower", interval.lower());
        c.value("upper", interval.upper());
    }

    private static void byar(Case c) {
        Interval interval = PoissonIntervals.byar(c.x(), c.conf());
        c.value("estimate", c.x());
        c.value("upper", interval.upper());
        if (c.isNull("lower")) {
            // PARTIAL_UNDEFINED: the formula has no value at x = 0; the library's convention is the exact 0
            assertEquals("PARTIAL_UNDEFINED", c.status);
            assertEquals(0L, c.x());
            assertEquals(0.0, interval.lower(), 0.0);
            c.expectNull("lower");
        } else if (c.expected("lower") < 0) {
            // the formula goes negative (x = 1 at 99.8%): checked as the formula, reported as 0
            c.value("lower", PoissonIntervals.byarLowerFormula(c.x(), Normal.z(c.conf())));
            assertEquals(0.0, interval.lower(), 0.0);
        } else {
            c.value("lower", interval.lower());
        }
    }

    private static void rate(Case c, IntervalMethod method) {
        double population = c.input("population");
        double per = c.input("per");
        Optional<Interval> interval = PoissonIntervals.rate(method, c.x(), population, per, c.conf());
        OptionalDouble rate = PoissonIntervals.rateEstimate(c.x(), population, per);
        if (c.undefined()) {
            assertTrue(interval.isEmpty(), "a rate over zero population must be undefined");
            assertTrue(rate.isEmpty());
            c.expectNull("rate", "lower", "upper");
            return;
        }
        c.value("rate", rate.getAsDouble());
        c.value("lower", interval.orElseThrow().lower());
        c.value("upper", interval.orElseThrow().upper());
        assertEquals(method, interval.orElseThrow().method());
    }

    // ------------------------------------------------------------------ tests

    private static void poissonRatio(Case c) {
        long x1 = (long) c.input("x1");
        long x2 = (long) c.input("x2");
        double t1 = c.input("T1");
        double t2 = c.input("T2");
        assertEquals(1.0, c.input("r"), 0.0);
        Optional<TestResult> minlike = Tests.poissonRatio(x1, t1, x2, t2, c.conf());
        Optional<TestResult> central = Tests.poissonRatio(x1, t1, x2, t2, c.conf(), TwoSidedPValue.CENTRAL);
        if (c.undefined()) {
            assertTrue(minlike.isEmpty(), "two zero counts must be undefined, not p = 1");
            assertTrue(central.isEmpty());
            c.expectNull("rate_ratio", "p_value", "lower", "upper");
            return;
        }
        TestResult result = minlike.orElseThrow();
        c.value("rate_ratio", result.estimate());
        c.value("p_value", result.pValue());
        c.value("p_value_central", central.orElseThrow().pValue());
        c.value("lower", result.interval().orElseThrow().lower());
        c.value("upper", result.interval().orElseThrow().upper());
        c.value("expected_count1", Tests.expectedCount(x1, t1, x2, t2));
        c.value("binom_p_null", Tests.nullProportion(t1, t2));
        assertEquals(central.orElseThrow().interval(), result.interval(), "the interval does not depend on the rule");
    }

    private static void zApproximations(Case c) {
        long previous = (long) c.input("previous");
        long current = (long) c.input("current");
        TestResult difference = PoissonApproximations.difference(current, previous).orElseThrow();
        TestResult wheeler = PoissonApproximations.wheeler(current, previous);
        TestResult two = PoissonApproximations.sqrtTwoCounts(current, previous);
        c.value("z", difference.estimate());
        c.value("p_value", difference.pValue());
        c.value("z_sqrt_wheeler", wheeler.estimate());
        c.value("p_value_sqrt_wheeler", wheeler.pValue());
        c.value("z_sqrt_two_counts", two.estimate());
        c.value("p_value_sqrt_two_counts", two.pValue());
    }

    private static void binomTest(Case c) {
        double p = c.input("p");
        TestResult minlike = Tests.binomial(c.x(), c.n(), p, c.conf()).orElseThrow();
        TestResult central = Tests.binomial(c.x(), c.n(), p, c.conf(), TwoSidedPValue.CENTRAL).orElseThrow();
        testValues(c, minlike, central);
    }

    private static void poissonTest(Case c) {
        double t = c.input("T");
        double r = c.input("r");
        TestResult minlike = Tests.poisson(c.x(), t, r, c.conf());
        TestResult central = Tests.poisson(c.x(), t, r, c.conf(), TwoSidedPValue.CENTRAL);
        testValues(c, minlike, central);
    }

    /** The figures a test case checks: both two-sided p-values, the estimate and the interval. */
    private static void testValues(Case c, TestResult minlike, TestResult central) {
        c.value("p_value", minlike.pValue());
        c.value("p_value_central", central.pValue());
        c.value("estimate", minlike.estimate());
        c.value("lower", minlike.interval().orElseThrow().lower());
        c.value("upper", minlike.interval().orElseThrow().upper());
    }

    // ------------------------------------------------------------------ percent change

    private static void percentChange(Case c) {
        long previous = (long) c.input("previous");
        long current = (long) c.input("current");
        c.value("absolute_change", PercentChange.absolute(current, previous));
        if (c.status.equals("UNDEFINED_BASELINE_ZERO")) {
            assertTrue(PercentChange.percent(current, previous).isEmpty(), "no percentage against a zero baseline");
            assertTrue(PercentChange.percent(current, previous, 1, RoundingMode.HALF_UP).isEmpty());
            assertTrue(PercentChange.ratio(current, previous).isEmpty());
            c.expectNull("percent_change");
            return;
        }
        c.value("percent_change", PercentChange.percent(current, previous).getAsDouble());
        c.value("ratio_current_over_previous", PercentChange.ratio(current, previous).getAsDouble());
        // the same figures through the ratio form with equal denominators
        assertEquals(PercentChange.percent(current, previous).getAsDouble(),
                PercentChange.percentOfRatios(current, 1, previous, 1).getAsDouble(), 0.0);
        c.rounded("rounded_1dp_half_up", PercentChange.percent(current, previous, 1, RoundingMode.HALF_UP));
        c.rounded("rounded_1dp_half_even", PercentChange.percent(current, previous, 1, RoundingMode.HALF_EVEN));
        c.rounded("rounded_0dp_half_up", PercentChange.percent(current, previous, 0, RoundingMode.HALF_UP));
        c.rounded("rounded_0dp_half_even", PercentChange.percent(current, previous, 0, RoundingMode.HALF_EVEN));
    }

    // ------------------------------------------------------------------ one case

    /** A case with bookkeeping of which expected fields were checked. */
    private static final class Case {
        final String id;
        final String method;
        final String status;
        final JsonNode inputs;
        final JsonNode expected;
        final JsonNode rounded;
        final double relTol;
        final JsonNode overrides;
        final Set<String> checked = new LinkedHashSet<>();

        Case(JsonNode node) {
            id = node.get("id").asText();
            method = node.get("method").asText();
            status = node.get("status").asText();
            inputs = node.get("inputs");
            expected = node.get("expected");
            rounded = node.get("expected_rounded");
            relTol = node.get("rel_tol").asDouble();
            overrides = node.get("rel_tol_overrides");
        }

        boolean undefined() {
            return status.equals("UNDEFINED");
        }

        long x() {
            return inputs.get("x").asLong();
        }

        long n() {
            return inputs.get("n").asLong();
        }

        double conf() {
            return inputs.get("conf_level").asDouble();
        }

        double input(String name) {
            JsonNode value = inputs.get(name);
            if (value == null) {
                throw new AssertionError(id + ": no input " + name);
            }
            return value.asDouble();
        }

        boolean isNull(String field) {
            JsonNode value = expected.get(field);
            return value == null || value.isNull();
        }

        double expected(String field) {
            JsonNode value = expected.get(field);
            if (value == null || value.isNull()) {
                throw new AssertionError(id + ": expected." + field + " is null or missing");
            }
            if (value.isTextual()) {
                assertEquals("Infinity", value.asText(), id + ": the only string value is Infinity");
                return Double.POSITIVE_INFINITY;
            }
            return value.asDouble();
        }

        void value(String field, double actual) {
            double want = expected(field);
            double tol = overrides != null && overrides.has(field) ? overrides.get(field).asDouble() : relTol;
            String where = id + " " + field;
            if (want == 0.0 || want == 1.0 || Double.isInfinite(want)) {
                assertEquals(want, actual, 0.0, where + " must be exactly " + want);
            } else {
                double error = Math.abs(actual - want);
                assertTrue(error <= tol * Math.abs(want), () -> String.format(
                        "%s: expected %s, got %s, relative error %.3g > %.1g", where, want, actual,
                        error / Math.abs(want), tol));
            }
            checked.add(field);
        }

        void expectNull(String... fields) {
            for (String field : fields) {
                assertTrue(isNull(field), id + ": expected." + field + " should be null");
                checked.add(field);
            }
        }

        void rounded(String field, Optional<BigDecimal> actual) {
            assertFalse(rounded == null || !rounded.has(field), id + ": no expected_rounded." + field);
            assertEquals(rounded.get(field).asText(), actual.orElseThrow().toPlainString(), id + " " + field);
            checked.add("expected_rounded." + field);
        }

        void assertEveryFieldChecked() {
            Set<String> all = new TreeSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                all.add(it.next().getKey());
            }
            if (rounded != null) {
                rounded.fieldNames().forEachRemaining(f -> all.add("expected_rounded." + f));
            }
            Set<String> missing = new TreeSet<>(all);
            missing.removeAll(checked);
            assertTrue(missing.isEmpty(), id + ": expected fields not checked: " + missing);
        }
    }
}
