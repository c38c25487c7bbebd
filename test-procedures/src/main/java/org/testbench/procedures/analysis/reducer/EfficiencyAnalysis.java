package org.testbench.procedures.analysis.reducer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.testbench.procedures.analysis.Analysis;
import org.testbench.procedures.analysis.AnalysisInput;
import org.testbench.procedures.analysis.Reading;
import org.testbench.procedures.expression.Expression;
import org.testbench.procedures.step.NumberArguments;
import org.testbench.rigs.SignalName;
import org.testbench.standards.Limit;
import org.testbench.standards.Result;
import org.testbench.standards.StatedUncertainty;
import org.testbench.standards.figure.Figure;
import org.testbench.standards.figure.Series;
import org.testbench.standards.reducer.Efficiency;
import org.testbench.standards.reducer.EfficiencyMap;
import org.testbench.standards.reducer.ReducerUncertainty;
import org.testbench.standards.reducer.Reducers;

/** The configured {@code efficiency} analysis; see {@link EfficiencyType}. */
final class EfficiencyAnalysis implements Analysis {

    /** Relative slack when matching a point's load with {@code judged-at}: both come from the same numbers. */
    private static final double SAME_LOAD = 1e-9;

    private final String location;
    private final String series;
    private final SignalName[] signals;
    private final String speedPer;
    private final String torquePer;
    private final SignalName temperature;
    private final Expression judgedAt;

    EfficiencyAnalysis(String location, String series, SignalName[] signals, String speedPer, String torquePer,
                       SignalName temperature, Expression judgedAt) {
        this.location = location;
        this.series = series;
        this.signals = signals.clone();
        this.speedPer = speedPer;
        this.torquePer = torquePer;
        this.temperature = temperature;
        this.judgedAt = judgedAt;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public List<Result> results(AnalysisInput input) {
        Limit rated = input.rated().get(Reducers.EFFICIENCY);
        double judged = judgedAt == null ? Double.NaN : Math.abs(judgedAt.evaluate(input.values()));
        List<Result> results = new ArrayList<>();
        StatedUncertainty inputFlange = input.instrument(signals[0]);
        StatedUncertainty outputFlange = input.instrument(signals[2]);
        for (OperatingPoint o : operatingPoints(input)) {
            EfficiencyMap.Point p = o.point();
            boolean judge = judgedAt == null
                    || Math.abs(Math.abs(p.outputTorqueNm()) - judged) <= SAME_LOAD * Math.max(1, judged);
            String subject = String.format(Locale.ROOT, "%s rpm, %s Nm", NumberArguments.plain(p.inputSpeedRpm()),
                    NumberArguments.plain(p.outputTorqueNm()));
            if (temperature != null) {
                subject += String.format(Locale.ROOT, ", housing %.1f degC", p.temperatureDegC());
            }
            Result result = Result.judged(Reducers.GB_T_35089, Reducers.CLAUSE_EFFICIENCY, Reducers.EFFICIENCY, subject,
                    p.efficiencyPercent(), Reducers.unit(Reducers.EFFICIENCY), judge ? rated : null);
            boolean known = inputFlange != null && outputFlange != null && o.inputTorqueNm() != 0
                    && o.outputTorqueNm() != 0;
            results.add(known ? result.withUncertainty(ReducerUncertainty.efficiency(p.efficiencyPercent(),
                    o.inputTorqueNm(), o.outputTorqueNm(), inputFlange, outputFlange)) : result);
        }
        return results;
    }

    @Override
    public List<Figure> figures(AnalysisInput input) {
        EfficiencyMap map = new EfficiencyMap(operatingPoints(input).stream().map(OperatingPoint::point).toList());
        List<Series> lines = new ArrayList<>();
        for (double load : map.torques()) {
            List<EfficiencyMap.Point> atLoad = map.points().stream().filter(p -> p.outputTorqueNm() == load)
                    .sorted((a, b) -> Double.compare(a.inputSpeedRpm(), b.inputSpeedRpm())).toList();
            double[] x = atLoad.stream().mapToDouble(EfficiencyMap.Point::inputSpeedRpm).toArray();
            double[] y = atLoad.stream().mapToDouble(EfficiencyMap.Point::efficiencyPercent).toArray();
            lines.add(new Series(NumberArguments.plain(load) + " Nm", Series.Style.LINE, x, y));
        }
        return List.of(new Figure("efficiency-" + series, "Efficiency map", new Figure.Axis("input speed", "rpm"),
                new Figure.Axis("efficiency", "%"), lines, "Efficiency η = (T_out ω_out) / (T_in ω_in) from the mean"
                        + " input and output powers at each operating point, one line per load torque."));
    }

    /**
     * One operating point of the sweep and the mean torques its efficiency was computed from, for
     * the efficiency's uncertainty.
     *
     * @param point          the point
     * @param inputTorqueNm  the mean input torque, Nm
     * @param outputTorqueNm the mean output torque, Nm
     */
    private record OperatingPoint(EfficiencyMap.Point point, double inputTorqueNm, double outputTorqueNm) {
    }

    /** @return one point per operating point, in the sweep's order */
    private List<OperatingPoint> operatingPoints(AnalysisInput input) {
        List<OperatingPoint> points = new ArrayList<>();
        for (List<Reading> group : ReadingGroups.byContext(ReadingGroups.of(input, series)).values()) {
            double speed = ReadingGroups.number(group.get(0).context(), speedPer, series);
            double load = Math.abs(ReadingGroups.number(group.get(0).context(), torquePer, series));
            Efficiency e = Efficiency.ofWindow(ReadingGroups.values(group, signals[0]),
                    ReadingGroups.values(group, signals[1]), ReadingGroups.values(group, signals[2]),
                    ReadingGroups.values(group, signals[3]));
            double degC = temperature == null ? 0 : ReadingGroups.mean(group, temperature);
            points.add(new OperatingPoint(EfficiencyMap.Point.of(e, speed, load, degC),
                    ReadingGroups.mean(group, signals[0]), ReadingGroups.mean(group, signals[2])));
        }
        return points;
    }
}
