package org.communitysafety.indicators.stats;

import java.util.Objects;
import java.util.Optional;
import org.communitysafety.core.lang.Check;

/**
 * The result of a test: the two-sided p-value, the estimate or statistic the test reports
 * (a rate ratio, a proportion, a difference of proportions, a z score), the interval that goes
 * with it where the test has one, and a short description of the method.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param pValue the two-sided p-value, in [0, 1]
 * @param estimate the estimate or statistic; not NaN, may be {@code +Infinity} (a rate ratio
 *     against a zero baseline)
 * @param interval the interval for the estimate, empty for tests that have none
 * @param method what was computed, for example
 *     {@code "exact conditional test of two Poisson rates (R poisson.test), two-sided minlike"}
 */
public record TestResult(double pValue, double estimate, Optional<Interval> interval, String method) {

    public TestResult { // validates the fields
        Objects.requireNonNull(interval, "interval");
        Check.notBlank(method, "method");
        if (!(pValue >= 0.0 && pValue <= 1.0)) {
            throw Invalid.argument("pValue (%s) must be in [0, 1] (%s)", pValue, method);
        }
        if (!(!Double.isNaN(estimate))) {
            throw Invalid.argument("estimate must not be NaN (%s)", method);
        }
    }

    /**
     * Whether the p-value is below the significance level {@code alpha}.
     *
     * @param alpha the level, in (0, 1], for example 0.05
     * @return {@code pValue < alpha}
     */
    public boolean significant(double alpha) {
        if (!(alpha > 0.0 && alpha <= 1.0)) {
            throw Invalid.argument("alpha (%s) must be in (0, 1]", alpha);
        }
        return pValue < alpha;
    }
}
