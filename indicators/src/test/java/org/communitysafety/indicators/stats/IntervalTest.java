package org.communitysafety.indicators.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class IntervalTest {

    @Test
    void of_validLimits_behaveAsAClosedInterval() {
        Interval interval = Interval.of(0.2, 0.7, IntervalMethod.WILSON, 0.95);
        assertTrue(interval.contains(0.2) && interval.contains(0.7) && interval.contains(0.5));
        assertFalse(interval.contains(0.71));
        assertEquals(0.5, interval.width(), 1e-16);
        assertEquals(Interval.of(2, 7, IntervalMethod.WILSON, 0.95), interval.scaled(10));
        assertEquals("[0.2000, 0.7000] 95% WILSON", interval.toString());
        assertEquals("[0.000, 3.689] 99.8% GARWOOD", Interval.of(0, 3.6889, IntervalMethod.GARWOOD, 0.998).toString());
    }

    @Test
    void of_degenerateAndUnboundedAbove_areAllowed() {
        assertEquals(0.0, Interval.of(0, 0, IntervalMethod.CLOPPER_PEARSON, 0.95).width(), 0.0);
        Interval ratio = Interval.of(0.41, Double.POSITIVE_INFINITY, IntervalMethod.CLOPPER_PEARSON, 0.95);
        assertTrue(ratio.contains(1e300));
    }

    @Test
    void of_invalidLimits_sayWhatIsWrong() {
        var e = assertThrows(IllegalArgumentException.class, () -> Interval.of(0.7, 0.2, IntervalMethod.WILSON, 0.95));
        assertEquals("lower (0.7) must not exceed upper (0.2) (WILSON interval)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Interval.of(Double.NaN, 0.2, IntervalMethod.WILSON, 0.95));
        assertEquals("lower (NaN) must be finite (WILSON interval)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Interval.of(0, Double.NaN, IntervalMethod.BYAR, 0.95));
        assertEquals("upper (NaN) must be a number or +Infinity (BYAR interval)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Interval.of(0, 1, IntervalMethod.BYAR, 0));
        assertEquals("confidence (0.0) must be strictly between 0 and 1, for example 0.95", e.getMessage());
        assertThrows(NullPointerException.class, () -> Interval.of(0, 1, null, 0.95));
        e = assertThrows(IllegalArgumentException.class,
                () -> Interval.of(0, 1, IntervalMethod.BYAR, 0.95).scaled(-1));
        assertEquals("factor (-1.0) must be finite and positive", e.getMessage());
    }
}
