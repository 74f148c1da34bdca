package org.communitysafety.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * What every query benchmark shares: one runner per trial, made for the trial's {@code engine}
 * parameter by the query's {@link Query#runner}, and the check in set-up that the engine's whole
 * answer equals the single-threaded core's before it is timed, so that a fast wrong answer cannot
 * win. A subclass names its {@link Query}, declares the {@code engine} parameter with the
 * engines that run it (JMH needs the field; the value is read here from the trial's {@link
 * BenchmarkParams}, so that no subclass repeats an accessor), and times {@code runner.run()}.
 */
public abstract class QueryBenchmark extends CityBenchmark<BenchmarkData> {
    private final Query query;

    /** The runner of this trial's engine. */
    protected QueryRunner runner;

    protected QueryBenchmark(Query query) {
        this.query = query;
    }

    @Override
    BenchmarkData load(BenchmarkData city, BenchmarkParams params) throws Exception {
        Engine engine = Engine.valueOf(params.getParam("engine"));
        runner = query.runner(engine, city);
        if (engine != Engine.CORE) {
            try (QueryRunner reference = query.runner(Engine.CORE, city)) {
                SelfCheck.agree(query.name(), engine, runner, reference);
            }
        }
        return city;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        runner.close();
    }
}
