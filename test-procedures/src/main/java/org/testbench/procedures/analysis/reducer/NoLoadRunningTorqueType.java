package org.testbench.procedures.analysis.reducer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.testbench.procedures.analysis.Analysis;
import org.testbench.procedures.analysis.AnalysisInput;
import org.testbench.procedures.analysis.AnalysisType;
import org.testbench.procedures.analysis.Reading;
import org.testbench.procedures.expression.Expression;
import org.testbench.procedures.step.NumberArguments;
import org.testbench.procedures.step.StepParser;
import org.testbench.rigs.SignalName;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;
import org.testbench.standards.Result;
import org.testbench.standards.StatedUncertainty;
import org.testbench.standards.figure.Figure;
import org.testbench.standards.figure.Series;
import org.testbench.standards.reducer.NoLoadRunningTorque;
import org.testbench.standards.reducer.ReducerUncertainty;
import org.testbench.standards.reducer.Reducers;

/**
 * {@code no-load-running-torque: {series: no-load, torque: input.torque, speed: input.speed, per: speed,
 * time: bench.sim-time, temperature: housing.temperature, tolerance: 2 %}}: the mean input torque
 * of the unloaded reducer at each set speed, the value of loop variable {@code per} (rpm). The
 * readings of one speed are its steady window: each must run within {@code tolerance} of the set
 * speed. With {@code temperature}, the housing's mean temperature over the window is stated with
 * the result, because the torque depends on it. Figure: torque against speed.
 */
public final class NoLoadRunningTorqueType implements AnalysisType {

    /** Creates the type; found through ServiceLoader. */
    public NoLoadRunningTorqueType() {
    }

    @Override
    public String name() {
        return "no-load-running-torque";
    }

    @Override
    public Map<String, Unit> ratable() {
        return RatedLimits.ratable(Reducers.NO_LOAD_RUNNING_TORQUE);
    }

    @Override
    public Analysis parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
        String series = ReducerArguments.series(arguments);
        SignalName torque = ReducerArguments.signal(arguments, "torque", parser, Unit.Quantity.TORQUE);
        SignalName speed = ReducerArguments.signal(arguments, "speed", parser, Unit.Quantity.ROTATIONAL_SPEED);
        String per = ReducerArguments.loopVariable(arguments, "per");
        SignalName time = ReducerArguments.optionalSignal(arguments, "time", parser, Unit.Quantity.TIME);
        SignalName temperature = ReducerArguments.optionalSignal(arguments, "temperature", parser,
                Unit.Quantity.TEMPERATURE);
        Expression tolerance = arguments.optional("tolerance").isPresent()
                ? ReducerArguments.amount(arguments, "tolerance", Unit.Quantity.RATIO, parser) : null;
        String location = at.location();
        return new Analysis() {
            @Override
            public String location() {
                return location;
            }

            @Override
            public List<Result> results(AnalysisInput input) {
                List<Result> results = new ArrayList<>();
                StatedUncertainty flange = input.instrument(torque);
                for (Point p : points(input)) {
                    results.add(RatedLimits.result(input, Reducers.CLAUSE_NO_LOAD_RUNNING_TORQUE,
                            Reducers.NO_LOAD_RUNNING_TORQUE, p.subject(), Math.abs(p.torque().meanTorqueNm()))
                            .withUncertainty(flange == null ? null : ReducerUncertainty.meanTorque(flange, p.torque())));
                }
                return results;
            }

            @Override
            public List<Figure> figures(AnalysisInput input) {
                List<Point> points = points(input);
                double[] x = new double[points.size()];
                double[] y = new double[points.size()];
                for (int i = 0; i < x.length; i++) {
                    x[i] = points.get(i).setSpeedRpm();
                    y[i] = Math.abs(points.get(i).torque().meanTorqueNm());
                }
                return List.of(new Figure("no-load-running-torque-" + series, "No-load running torque",
                        new Figure.Axis("input speed", "rpm"), new Figure.Axis("input torque", "Nm"),
                        List.of(new Series("no-load running torque", Series.Style.LINE, x, y)),
                        "Mean input torque of the unloaded reducer over the steady window at each set speed."));
            }

            private List<Point> points(AnalysisInput input) {
                double tolerancePercent = tolerance == null ? NoLoadPoint.DEFAULT_TOLERANCE_PERCENT
                        : tolerance.evaluate(input.values());
                List<Point> points = new ArrayList<>();
                for (List<Reading> group : ReadingGroups.byContext(ReadingGroups.of(input, series)).values()) {
                    double set = ReadingGroups.number(group.get(0).context(), per, series);
                    NoLoadRunningTorque t = NoLoadPoint.of(group, torque, speed, time, set, tolerancePercent);
                    String subject = NumberArguments.plain(set) + " rpm";
                    if (temperature != null) {
                        subject += String.format(Locale.ROOT, ", housing %.1f degC",
                                ReadingGroups.mean(group, temperature));
                    }
                    points.add(new Point(set, t, subject));
                }
                return points;
            }
        };
    }

    /** One set speed's torque and the subject it is reported under. */
    private record Point(double setSpeedRpm, NoLoadRunningTorque torque, String subject) {
    }
}
