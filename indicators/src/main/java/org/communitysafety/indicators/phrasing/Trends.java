package org.communitysafety.indicators.phrasing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The phrases of a {@link MonthlySeries}, worded by the phrasing's {@link Wording}. Stateless and thread-safe. */
final class Trends {

    /** A streak shorter than this is not a streak: "连续1个月" says nothing. */
    static final int MIN_STREAK = 2;

    private Trends() {}

    static Optional<String> streak(Phrasing p, MonthlySeries s, MonthlySeries.Basis basis,
            MonthlySeries.Direction direction) {
        Objects.requireNonNull(s, "series");
        int n = s.streak(basis, direction);
        if (n < MIN_STREAK) {
            return Optional.empty();
        }
        return Optional.of(p.text("trend.streak." + direction.name(), "months", n, "basis",
                p.text("trend." + basis.name())));
    }

    static Optional<String> turn(Phrasing p, MonthlySeries s, MonthlySeries.Basis basis) {
        Objects.requireNonNull(s, "series");
        return s.turn(basis).map(t -> p.text("trend.turn." + t.name(), "basis", p.text("trend." + basis.name())));
    }

    static Optional<String> record(Phrasing p, MonthlySeries s) {
        Objects.requireNonNull(s, "series");
        boolean low = s.lastIsLowest();
        if (!low && !s.lastIsHighest()) {
            return Optional.empty();
        }
        return Optional.of(p.text(low ? "trend.lowest" : "trend.highest", "span", span(p, s.size())));
    }

    static List<String> highlights(Phrasing p, MonthlySeries s) {
        List<String> out = new ArrayList<>();
        for (MonthlySeries.Basis basis : MonthlySeries.Basis.values()) {
            for (MonthlySeries.Direction d : MonthlySeries.Direction.values()) {
                streak(p, s, basis, d).ifPresent(out::add);
            }
            turn(p, s, basis).ifPresent(out::add);
        }
        record(p, s).ifPresent(out::add);
        return List.copyOf(out);
    }

    /**
     * 36 → 三年 / three years, 24 → 两年, 18 → 18个月 / 18 months, 12 → 12个月 (一年 reads oddly
     * in 近一年最低, but 12个月 does not): whole years from two on, in words up to the last of
     * the wording's numerals.
     */
    static String span(Phrasing p, int months) {
        int years = months / 12;
        if (months % 12 == 0 && years >= 2) {
            List<String> numerals = p.words().list("numerals");
            return p.text("span.years", "years", years < numerals.size() ? numerals.get(years) : Integer.toString(years));
        }
        return p.text("span.months", "months", months);
    }
}
