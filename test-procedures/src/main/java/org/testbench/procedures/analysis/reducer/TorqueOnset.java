package org.testbench.procedures.analysis.reducer;

import java.util.List;
import java.util.Map;
import org.testbench.procedures.analysis.Analysis;
import org.testbench.procedures.analysis.AnalysisInput;
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
import org.testbench.standards.reducer.BackDrivingTorque;
import org.testbench.standards.reducer.ReducerUncertainty;
import org.testbench.standards.reducer.Reducers;
import org.testbench.standards.reducer.StartingTorque;

/**
 * Starting and back-driving torque, found alike from a torque ramp: the torque at the first
 * reading from which a shaft keeps moving (angle turned or speed above {@code threshold}, for
 * {@code hold}). Arguments: {@code {series: start, torque: input.torque, motion: input.angle,
 * threshold: 1 deg, hold: 0 s, time: bench.sim-time, command: input.torque-command}}.
 *
 * <p>A starting torque is small against a torque sensor's noise (0.05 Nm on a 5 Nm flange), and
 * a ramp records one reading per set point. With {@code command} (the set point, read back), the
 * torque at onset is read off a straight line fitted to the sensor's readings against the set
 * points up to the onset: the sensor still measures it, with its noise averaged over the ramp.
 */
final class TorqueOnset implements Analysis {

    /** Which torque the ramp finds. */
    enum Kind {
        /** The smallest input torque that starts the unloaded reducer. */
        STARTING(Reducers.STARTING_TORQUE, Reducers.CLAUSE_STARTING_TORQUE, "input torque, no load"),
        /** The smallest output torque that turns the free input. */
        BACK_DRIVING(Reducers.BACK_DRIVING_TORQUE, Reducers.CLAUSE_BACK_DRIVING_TORQUE, "output torque, input free");

        private final String symbol;
        private final String clause;
        private final String subject;

        Kind(String symbol, String clause, String subject) {
            this.symbol = symbol;
            this.clause = clause;
            this.subject = subject;
        }
    }

    private static final double MAX_HOLD_S = 86_400;

    private final Kind kind;
    private final String location;
    private final String series;
    private final SignalName torque;
    private final SignalName motion;
    private final Expression threshold;
    private final Expression hold;
    private final SignalName time;
    private final SignalName command;

    private TorqueOnset(Kind kind, String location, String series, SignalName torque, SignalName motion,
                        Expression threshold, Expression hold, SignalName time, SignalName command) {
        this.kind = kind;
        this.location = location;
        this.series = series;
        this.torque = torque;
        this.motion = motion;
        this.threshold = threshold;
        this.hold = hold;
        this.time = time;
        this.command = command;
    }

    /**
     * @param kind      starting or back-driving torque
     * @param at        the entry
     * @param arguments its arguments
     * @param parser    the procedure's scope
     * @return the analysis
     * @throws InputException when an argument is missing or wrong
     */
    static Analysis parse(Kind kind, YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
        String series = ReducerArguments.series(arguments);
        SignalName torque = ReducerArguments.signal(arguments, "torque", parser, Unit.Quantity.TORQUE);
        SignalName motion = ReducerArguments.signal(arguments, "motion", parser, Unit.Quantity.ANGLE,
                Unit.Quantity.ROTATIONAL_SPEED);
        Expression threshold = NumberArguments.number(arguments.required("threshold"), parser);
        parser.require(b -> threshold.requireFor("motion " + motion, motion.in(b.rig()).unit().base(), b.dutScope()));
        Expression hold = arguments.optional("hold").isPresent()
                ? NumberArguments.duration(arguments.required("hold"), parser, 0, MAX_HOLD_S) : null;
        SignalName time = ReducerArguments.optionalSignal(arguments, "time", parser, Unit.Quantity.TIME);
        SignalName command = ReducerArguments.optionalSignal(arguments, "command", parser, Unit.Quantity.TORQUE);
        return new TorqueOnset(kind, at.location(), series, torque, motion, threshold, hold, time, command);
    }

    /**
     * @param symbol starting or back-driving torque's symbol
     * @return its quantity, for the DUT's rated value
     */
    static Map<String, Unit> ratable(String symbol) {
        return RatedLimits.ratable(symbol);
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public List<Result> results(AnalysisInput input) {
        Onset onset = onset(input);
        StatedUncertainty flange = input.instrument(torque);
        return List.of(RatedLimits.result(input, kind.clause, kind.symbol, kind.subject, onset.torqueNm())
                .withUncertainty(flange == null ? null : ReducerUncertainty.torqueReading(flange)));
    }

    @Override
    public List<Figure> figures(AnalysisInput input) {
        Onset onset = onset(input);
        String moved = onset.byAngle() ? "angle turned" : "speed";
        return List.of(new Figure(kind.symbol + "-" + series, kind == Kind.STARTING ? "Starting torque"
                : "Back-driving torque", new Figure.Axis("torque", "Nm"),
                new Figure.Axis(moved, onset.byAngle() ? "deg" : "rpm"), List.of(
                        new Series("ramp", Series.Style.POINTS, onset.torque(), onset.motion()),
                        new Series("start of motion", Series.Style.POINTS, new double[] {onset.torqueNm()},
                                new double[] {onset.motion()[onset.index()]})),
                "The shaft's " + moved + " against the ramped torque; the marked reading is the first from which it"
                        + " keeps moving beyond the threshold."));
    }

    private Onset onset(AnalysisInput input) {
        List<Reading> readings = ReadingGroups.distinctTimes(ReadingGroups.of(input, series), time);
        double[] t = ReadingGroups.times(readings, time);
        double[] torques = ReadingGroups.values(readings, torque);
        double[] raw = ReadingGroups.values(readings, motion);
        boolean byAngle = Unit.of(readings.get(0).samples().get(motion).unit()).quantity() == Unit.Quantity.ANGLE;
        double limit = threshold.evaluate(input.values());
        double holdS = hold == null ? 0 : hold.evaluate(input.values());
        int index;
        if (kind == Kind.STARTING) {
            index = byAngle ? StartingTorque.fromAngle(t, torques, raw, limit, holdS).sample()
                    : StartingTorque.fromSpeed(t, torques, raw, limit, holdS).sample();
        } else {
            index = byAngle ? BackDrivingTorque.fromAngle(t, torques, raw, limit, holdS).sample()
                    : BackDrivingTorque.fromSpeed(t, torques, raw, limit, holdS).sample();
        }
        double[] shown = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            shown[i] = byAngle ? Math.abs(raw[i] - raw[0]) : Math.abs(raw[i]);
        }
        double atOnset = Math.abs(torques[index]);
        if (command != null) {
            double[] setPoints = ReadingGroups.values(readings, command);
            // Three readings at least, so that the line averages more than it extrapolates.
            StraightLine line = index >= 2 ? StraightLine.fit(setPoints, torques, index + 1) : null;
            atOnset = line == null ? atOnset : Math.abs(line.at(setPoints[index]));
        }
        return new Onset(torques, shown, index, atOnset, byAngle);
    }

    /** The ramp as analysed: torque and motion per reading, the onset's index and torque. */
    private record Onset(double[] torque, double[] motion, int index, double torqueNm, boolean byAngle) {
    }
}
