package org.testbench.procedures.analysis.reducer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.testbench.procedures.analysis.Analysis;
import org.testbench.procedures.analysis.AnalysisInput;
import org.testbench.procedures.analysis.Reading;
import org.testbench.procedures.expression.Expression;
import org.testbench.procedures.step.NumberArguments;
import org.testbench.rigs.SignalName;
import org.testbench.standards.Result;
import org.testbench.standards.figure.Figure;
import org.testbench.standards.figure.Series;
import org.testbench.standards.reducer.Reducers;

/** The configured {@code lifetime-trend} analysis; see {@link LifetimeTrendType}. */
final class LifetimeTrendAnalysis implements Analysis {

    /** The test the trend comes from: its standard's clause was not at hand. */
    static final String CLAUSE_LIFE_TEST = "accelerated life test with periodic re-measurement (check)";
    /** Growth of lost motion over the life test, from the straight line through all blocks, arcmin. */
    static final String LOST_MOTION_INCREASE = "lost-motion-increase";
    /** Growth of no-load running torque over the life test, Nm. */
    static final String NO_LOAD_TORQUE_INCREASE = "no-load-running-torque-increase";

    /**
     * One series' signals.
     *
     * @param series the series
     * @param first  the signal read (torque, housing temperature)
     * @param second the reference it is taken against (ambient), or null
     * @param clock  the rig's clock recorded with them, or null
     */
    record Signal(String series, SignalName first, SignalName second, SignalName clock) {
    }

    /** What one block's re-measurement gave, at the hours run before it. */
    private record Block(double hours, double lostMotion, double k1, double k2, double k3) {
    }

    private final String location;
    private final String block;
    private final Expression every;
    private final LoopArguments loop;
    private final Signal noLoad;
    private final Signal temperature;

    LifetimeTrendAnalysis(String location, String block, Expression every, LoopArguments loop, Signal noLoad,
                          Signal temperature) {
        this.location = location;
        this.block = block;
        this.every = every;
        this.loop = loop;
        this.noLoad = noLoad;
        this.temperature = temperature;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public List<Result> results(AnalysisInput input) {
        List<Block> blocks = loops(input);
        Map<Double, Double> torque = perBlock(input, noLoad, g -> Math.abs(ReadingGroups.mean(g, noLoad.first())));
        Map<Double, Double> rise = perBlock(input, temperature,
                g -> ReadingGroups.mean(g, temperature.first()) - ReadingGroups.mean(g, temperature.second()));
        List<Result> results = new ArrayList<>();
        for (Block b : blocks) {
            String subject = subject(b.hours());
            results.add(RatedLimits.result(input, Reducers.CLAUSE_HYSTERESIS, Reducers.LOST_MOTION, subject,
                    b.lostMotion()));
            results.add(RatedLimits.result(input, Reducers.CLAUSE_HYSTERESIS, Reducers.K1, subject, b.k1()));
            results.add(RatedLimits.result(input, Reducers.CLAUSE_HYSTERESIS, Reducers.K2, subject, b.k2()));
            results.add(RatedLimits.result(input, Reducers.CLAUSE_HYSTERESIS, Reducers.K3, subject, b.k3()));
        }
        torque.forEach((h, v) -> results.add(RatedLimits.result(input, Reducers.CLAUSE_NO_LOAD_RUNNING_TORQUE,
                Reducers.NO_LOAD_RUNNING_TORQUE, subject(h), v)));
        rise.forEach((h, v) -> results.add(RatedLimits.result(input, Reducers.CLAUSE_TEMPERATURE_RISE,
                Reducers.TEMPERATURE_RISE, subject(h), v)));
        double[] hours = blocks.stream().mapToDouble(Block::hours).toArray();
        increase(results, LOST_MOTION_INCREASE, "arcmin", hours, column(blocks, Block::lostMotion));
        increase(results, NO_LOAD_TORQUE_INCREASE, "Nm", keys(torque), values(torque));
        return results;
    }

    @Override
    public List<Figure> figures(AnalysisInput input) {
        List<Block> blocks = loops(input);
        double[] hours = blocks.stream().mapToDouble(Block::hours).toArray();
        double[] lost = blocks.stream().mapToDouble(Block::lostMotion).toArray();
        List<Series> lostSeries = new ArrayList<>(List.of(new Series("lost motion", Series.Style.POINTS, hours, lost)));
        StraightLine trend = StraightLine.fit(hours, lost, hours.length);
        if (trend != null) {
            lostSeries.add(new Series("trend", Series.Style.LINE, new double[] {hours[0], hours[hours.length - 1]},
                    new double[] {trend.at(hours[0]), trend.at(hours[hours.length - 1])}));
        }
        Map<Double, Double> torque = perBlock(input, noLoad, g -> Math.abs(ReadingGroups.mean(g, noLoad.first())));
        Map<Double, Double> rise = perBlock(input, temperature,
                g -> ReadingGroups.mean(g, temperature.first()) - ReadingGroups.mean(g, temperature.second()));
        Figure.Axis time = new Figure.Axis("hours run", "h");
        return List.of(
                new Figure("lifetime-lost-motion", "Lost motion during the life test", time,
                        new Figure.Axis("lost motion", "arcmin"), lostSeries,
                        "Lost motion re-measured after each duty block, with the straight line the growth is read"
                                + " from."),
                new Figure("lifetime-stiffness", "Torsional stiffness during the life test", time,
                        new Figure.Axis("stiffness", "Nm/arcmin"), List.of(
                                new Series("K1", Series.Style.LINE, hours, column(blocks, Block::k1)),
                                new Series("K2", Series.Style.LINE, hours, column(blocks, Block::k2)),
                                new Series("K3", Series.Style.LINE, hours, column(blocks, Block::k3))),
                        "K1, K2, K3 fitted to the hysteresis loop re-measured after each duty block."),
                new Figure("lifetime-no-load-torque", "No-load running torque during the life test", time,
                        new Figure.Axis("input torque", "Nm"), List.of(new Series("no-load running torque",
                                Series.Style.LINE, keys(torque), values(torque))),
                        "No-load running torque re-measured after each duty block, the reducer cooled first."),
                new Figure("lifetime-temperature", "Temperature rise during the life test", time,
                        new Figure.Axis("housing over ambient", "degC"), List.of(new Series("temperature rise",
                                Series.Style.LINE, keys(rise), values(rise))),
                        "Housing temperature over ambient at the end of each duty block."));
    }

    private List<Block> loops(AnalysisInput input) {
        List<Block> blocks = new ArrayList<>();
        byBlock(input, loop.series()).forEach((hours, readings) -> {
            HysteresisLoop l = loop.loop(readings, input.values());
            blocks.add(new Block(hours, l.lostMotion().lostMotionArcmin(), l.stiffness().k1NmPerArcmin(),
                    l.stiffness().k2NmPerArcmin(), l.stiffness().k3NmPerArcmin()));
        });
        return blocks;
    }

    private Map<Double, Double> perBlock(AnalysisInput input, Signal signal, ToDoubleFunction<List<Reading>> value) {
        Map<Double, Double> values = new LinkedHashMap<>();
        byBlock(input, signal.series()).forEach((hours, readings) -> values.put(hours,
                value.applyAsDouble(ReadingGroups.distinctTimes(readings, signal.clock()))));
        return values;
    }

    /** @return the series' readings by the hours run before them, in recording order */
    private Map<Double, List<Reading>> byBlock(AnalysisInput input, String series) {
        double hoursPerBlock = every.evaluate(input.values()) / 3600;
        Map<Double, List<Reading>> groups = new LinkedHashMap<>();
        for (Reading r : ReadingGroups.of(input, series)) {
            double hours = r.context().containsKey(block)
                    ? ReadingGroups.number(r.context(), block, series) * hoursPerBlock : 0;
            groups.computeIfAbsent(hours, h -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    private static void increase(List<Result> results, String symbol, String unit, double[] hours, double[] values) {
        StraightLine line = StraightLine.fit(hours, values, hours.length);
        if (line == null) {
            return;
        }
        double span = hours[hours.length - 1] - hours[0];
        results.add(Result.judged(Reducers.GB_T_35089, CLAUSE_LIFE_TEST, symbol,
                "over " + NumberArguments.plain(span) + " h",
                line.slope() * span, unit, null));
    }

    private static String subject(double hours) {
        return hours == 0 ? "as received (0 h)"
                : String.format(Locale.ROOT, "after %s h", NumberArguments.plain(hours));
    }

    private static double[] column(List<Block> blocks, ToDoubleFunction<Block> f) {
        return blocks.stream().mapToDouble(f).toArray();
    }

    private static double[] keys(Map<Double, Double> map) {
        return map.keySet().stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] values(Map<Double, Double> map) {
        return map.values().stream().mapToDouble(Double::doubleValue).toArray();
    }
}
