package org.communitysafety.indicators;

import static org.communitysafety.indicators.Indicator.Source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.lang.Futures;
import org.communitysafety.core.period.Period;

/**
 * One run of {@link Indicators#compute}: the figures of the period and its baseline
 * ({@link Computation}), then a row per indicator, unit in scope and group
 * ({@link RowBuilder}), in catalogue order, units by level from the top and then by code. The
 * rows are built on up to {@link IndicatorSettings#threads()} threads, each taking tasks of a few
 * thousand rows from a shared counter and keeping its own {@link StatisticsMemo} (a statistic is
 * computed at most once a thread, and nothing is locked); every task writes to its own fixed
 * range of the output, so the order does not depend on the threads.
 */
final class Catalogue {

    private Catalogue() {}

    /** Computes the rows; {@code funnelShortcut} is off only in the test that proves it changes nothing. */
    static Results compute(ColumnarDataset data, IndicatorSettings settings, List<Indicator> indicators,
            boolean funnelShortcut) {
        return compute(data, settings, indicators, funnelShortcut, true);
    }

    /**
     * Aggregates the record kinds the indicators need over the period and its baseline, then
     * computes from the cubes: {@link Indicators#of(ColumnarDataset)} is this thin layer over
     * {@link #compute(Aggregates, IndicatorSettings, List, boolean, boolean)}. {@code memoise} is
     * off only in the tests that prove the memo changes nothing.
     */
    static Results compute(ColumnarDataset data, IndicatorSettings settings, List<Indicator> indicators,
            boolean funnelShortcut, boolean memoise) {
        List<Period> periods = periods(settings);
        Set<Source> sources = sources(indicators);
        settings.groups().ifPresent(Selector.All.of(data.taxonomy())::check);
        Aggregates cubes = Aggregates.of(data, periods, sources, settings.threads(), Computation.DENSE_INCIDENT_BYTES);
        return compute(cubes, settings, indicators, funnelShortcut, memoise);
    }

    /** The period and, when the settings name one, its baseline, which must differ. */
    static List<Period> periods(IndicatorSettings settings) {
        Period period = settings.requirePeriod();
        Optional<Period> baseline = settings.baseline();
        baseline.ifPresent(b -> Check.argument(!b.equals(period),
                "the baseline %s is the period itself; compare with another period", b));
        return baseline.isPresent() ? List.of(period, baseline.get()) : List.of(period);
    }

    /** The record kinds (and the zero-incident units) the indicators are derived from. */
    static Set<Source> sources(List<Indicator> indicators) {
        Set<Source> sources = EnumSet.noneOf(Source.class);
        indicators.forEach(i -> sources.add(i.source()));
        return sources;
    }

    /** Computes the rows from the cubes, which must hold the period and its baseline for each kind the indicators need. */
    static Results compute(Aggregates cubes, IndicatorSettings settings, List<Indicator> indicators,
            boolean funnelShortcut, boolean memoise) {
        List<Period> periods = periods(settings);
        Period period = periods.get(0);
        Optional<Period> baseline = settings.baseline();
        Set<Source> sources = sources(indicators);
        Selector.All selectors = Selector.All.of(cubes.taxonomy());
        settings.groups().ifPresent(selectors::check);
        Computation figures = Computation.of(cubes, periods, sources);
        JurisdictionTree tree = cubes.tree();
        int[] scope = scope(tree, settings);
        if (sources.contains(Source.UNITS)) {
            // only the groups reported: the shares of the others would be computed and never read
            figures.zeroShares(selectors.taxonomy().stream().filter(s -> settings.reports(s.group())).toList(), scope);
        }
        int b = baseline.isPresent() ? 1 : -1;
        List<Task> inOrder = tasks(indicators, selectors, settings, scope);
        PackedRows rows = new PackedRows(tree, selectors, period, baseline.orElse(null), settings.confidence(),
                inOrder.isEmpty() ? 0 : inOrder.get(inOrder.size() - 1).end());
        List<Task> tasks = headsFirst(inOrder);
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            RowBuilder builder = new RowBuilder(figures, settings, 0, b, funnelShortcut,
                    memoise ? StatisticsMemo.of(settings) : StatisticsMemo.none(settings));
            for (int t = next.getAndIncrement(); t < tasks.size(); t = next.getAndIncrement()) {
                tasks.get(t).run(builder, scope, rows);
            }
        };
        int workers = Math.min(settings.threads(), tasks.size() / 4 + 1);
        List<CompletableFuture<Void>> helpers = new ArrayList<>();
        for (int w = 1; w < workers; w++) {
            helpers.add(CompletableFuture.runAsync(worker));
        }
        worker.run();
        helpers.forEach(Futures::join);
        return Results.of(period, baseline, rows);
    }

    /**
     * The rows of one indicator for the units {@code scope[from .. to)} and every chosen group,
     * written to {@code rows[start ..]}: the unit of work a thread takes. Rows of different units
     * are independent; each task's place in the output is fixed before any runs, so the rows come
     * out in the same order on any number of threads.
     */
    record Task(Indicator indicator, List<Selector> chosen, int from, int to, int start) {
        int end() {
            return start + (to - from) * chosen.size();
        }

        void run(RowBuilder builder, int[] scope, PackedRows rows) {
            int i = start;
            for (int k = from; k < to; k++) {
                for (Selector s : chosen) {
                    builder.row(indicator, scope[k], s, rows, i++);
                }
            }
        }
    }

    /** Rows at the head of each task that {@link #headsFirst} computes before the rest. */
    private static final int HEAD_ROWS = 16;

    /**
     * The same rows, each computed once, in another order: the first {@value #HEAD_ROWS} or so rows
     * of every task, then the rest of each. Every row's place is fixed, so the order changes no
     * row. Why: the JIT compiler compiles the row builder from the branches taken by its first
     * ten thousand rows or so; in catalogue order those are the first indicator's, and every
     * branch they never took (another statistic, a change withheld, a funnel flag) costs a
     * deoptimisation and another compilation of the whole inlined builder once a later indicator
     * takes it. With a few rows of every indicator first, the first compilation has seen them.
     */
    static List<Task> headsFirst(List<Task> tasks) {
        List<Task> heads = new ArrayList<>(tasks.size());
        List<Task> rest = new ArrayList<>(tasks.size());
        for (Task t : tasks) {
            int units = Math.max(1, HEAD_ROWS / t.chosen().size());
            int split = Math.min(t.to(), t.from() + units);
            Task head = new Task(t.indicator(), t.chosen(), t.from(), split, t.start());
            heads.add(head);
            if (split < t.to()) {
                rest.add(new Task(t.indicator(), t.chosen(), split, t.to(), head.end()));
            }
        }
        heads.addAll(rest);
        return heads;
    }

    /** About this many rows a task: small enough to balance the threads, large enough to cost nothing to hand out. */
    private static final int TASK_ROWS = 4096;

    /** The tasks of the whole catalogue, in output order. */
    static List<Task> tasks(List<Indicator> indicators, Selector.All selectors, IndicatorSettings settings,
            int[] scope) {
        List<Task> tasks = new ArrayList<>();
        int start = 0;
        for (Indicator indicator : indicators) {
            List<Selector> chosen = selectors.chosen(indicator, settings);
            if (chosen.isEmpty()) {
                continue;
            }
            int units = Math.max(1, TASK_ROWS / chosen.size());
            for (int from = 0; from < scope.length; from += units) {
                Task t = new Task(indicator, chosen, from, Math.min(scope.length, from + units), start);
                tasks.add(t);
                start = t.end();
            }
        }
        return tasks;
    }

    /** The units to report, by level from the top, then by code. */
    static int[] scope(JurisdictionTree tree, IndicatorSettings settings) {
        IntStream units = settings.unit().isPresent()
                ? tree.subtree(tree.indexOf(settings.unit().get()))
                : IntStream.range(0, tree.size());
        if (settings.level().isPresent()) {
            units = units.filter(u -> tree.unit(u).level() == settings.level().get());
        }
        return units.boxed()
                .sorted(Comparator.<Integer>comparingInt(tree::depth).thenComparing(u -> tree.unit(u).code()))
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
