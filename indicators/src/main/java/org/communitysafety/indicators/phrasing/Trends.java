package org.communitysafety.indicators.phrasing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The phrases of a {@link MonthlySeries}. Stateless and thread-safe. */
final class Trends {

    /** A streak shorter than this is not a streak: "连续1个月" says nothing. */
    static final int MIN_STREAK = 2;

    private static final String[] NUMERALS_ZH = {"零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final String[] NUMERALS_EN = {"zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten"};

    private Trends() {}

    static Optional<String> streak(Language lang, MonthlySeries s, MonthlySeries.Basis basis,
            MonthlySeries.Direction direction) {
        Objects.requireNonNull(s, "series");
        int n = s.streak(basis, direction);
        if (n < MIN_STREAK) {
            return Optional.empty();
        }
        boolean down = direction == MonthlySeries.Direction.DOWN;
        if (lang == Language.ZH) {
            return Optional.of("连续" + n + "个月" + (basis == MonthlySeries.Basis.YEAR_ON_YEAR ? "同比" : "环比")
                    + (down ? "下降" : "上升"));
        }
        return Optional.of((down ? "down" : "up") + " on the "
                + (basis == MonthlySeries.Basis.YEAR_ON_YEAR ? "year before" : "previous month")
                + " for " + n + " months in a row");
    }

    static Optional<String> turn(Language lang, MonthlySeries s, MonthlySeries.Basis basis) {
        Objects.requireNonNull(s, "series");
        return s.turn(basis).map(t -> {
            boolean fall = t == MonthlySeries.Turn.RISE_TO_FALL;
            boolean yoy = basis == MonthlySeries.Basis.YEAR_ON_YEAR;
            if (lang == Language.ZH) {
                return (yoy ? "同比" : "环比") + (fall ? "由升转降" : "由降转升");
            }
            return (fall ? "turned from rising to falling" : "turned from falling to rising")
                    + (yoy ? " on the year before" : " on the previous month");
        });
    }

    static Optional<String> record(Language lang, MonthlySeries s) {
        Objects.requireNonNull(s, "series");
        boolean low = s.lastIsLowest();
        if (!low && !s.lastIsHighest()) {
            return Optional.empty();
        }
        if (lang == Language.ZH) {
            return Optional.of("为近" + spanZh(s.size()) + (low ? "最低" : "最高"));
        }
        return Optional.of("the " + (low ? "lowest" : "highest") + " in " + spanEn(s.size()));
    }

    static List<String> highlights(Language lang, MonthlySeries s) {
        List<String> out = new ArrayList<>();
        for (MonthlySeries.Basis basis : MonthlySeries.Basis.values()) {
            for (MonthlySeries.Direction d : MonthlySeries.Direction.values()) {
                streak(lang, s, basis, d).ifPresent(out::add);
            }
            turn(lang, s, basis).ifPresent(out::add);
        }
        record(lang, s).ifPresent(out::add);
        return List.copyOf(out);
    }

    /** 36 → 三年, 24 → 两年, 18 → 18个月, 12 → 12个月 (一年 reads oddly in 近一年最低, but 12个月 does not). */
    static String spanZh(int months) {
        int years = months / 12;
        if (months % 12 == 0 && years >= 2) {
            return (years < NUMERALS_ZH.length ? NUMERALS_ZH[years] : Integer.toString(years)) + "年";
        }
        return months + "个月";
    }

    /** 36 → three years, 18 → 18 months. */
    static String spanEn(int months) {
        int years = months / 12;
        if (months % 12 == 0 && years >= 2) {
            return (years < NUMERALS_EN.length ? NUMERALS_EN[years] : Integer.toString(years)) + " years";
        }
        return months + " months";
    }
}
