package org.testbench.procedures.step.builtin;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.testbench.procedures.expression.Condition;
import org.testbench.procedures.expression.Expression;
import org.testbench.procedures.step.NumberArguments;
import org.testbench.procedures.step.SignalArguments;
import org.testbench.procedures.step.Step;
import org.testbench.procedures.step.StepContext;
import org.testbench.procedures.step.StepParser;
import org.testbench.procedures.step.StepType;
import org.testbench.rigs.Sample;
import org.testbench.rigs.SignalName;
import org.testbench.rigs.device.DeviceException;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/**
 * {@code ramp: {signal: output.torque-command, from: 0, to: $rated-torque, points: 50 | step: 1 Nm,
 * dwell: 50 ms, measure: [output.torque, output.angle], series: loop, until: "input.speed > 1"}}:
 * sets the signal point by point, waits {@code dwell} on the rig's clock, records one reading of
 * the measured signals, and stops after the point at which the optional condition holds (the
 * torque that starts or back-drives a reducer). A quasi-static loading branch of a hysteresis test.
 */
public final class RampStep extends LeafStep {

    /** A day at one point is a typo, not a dwell. */
    private static final double MAX_DWELL_S = 86_400;

    private final SignalName signal;
    private final Expression from;
    private final Expression to;
    private final Expression points;
    private final Expression step;
    private final Expression dwell;
    private final List<SignalName> measured;
    private final String series;
    private final Condition until;

    private RampStep(String location, SignalName signal, Expression from, Expression to, Expression points,
                     Expression step, Expression dwell, List<SignalName> measured, String series, Condition until) {
        super(location, null);
        this.signal = signal;
        this.from = from;
        this.to = to;
        this.points = points;
        this.step = step;
        this.dwell = dwell;
        this.measured = List.copyOf(measured);
        this.series = series;
        this.until = until;
    }

    @Override
    public String describe() {
        return "ramp " + signal + " from " + from + " to " + to + (points != null ? " in " + points + " points"
                : " in steps of " + step) + (until == null ? "" : " until " + until);
    }

    @Override
    String describe(StepContext context) {
        String unit = " " + context.devices().signals(signal.device()).unit(signal.signal());
        return "ramp " + signal + " from " + NumberArguments.plain(from.evaluate(context)) + unit + " to "
                + NumberArguments.plain(to.evaluate(context)) + unit + " in " + values(context).length + " points"
                + (until == null ? "" : " until " + until);
    }

    private double[] values(StepContext context) {
        double a = from.evaluate(context);
        double b = to.evaluate(context);
        try {
            return points != null ? RampPoints.evenly(a, b, NumberArguments.whole(points, context))
                    : RampPoints.stepping(a, b, step.evaluate(context));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(location() + ": " + e.getMessage(), e);
        }
    }

    @Override
    void run(StepContext context) throws DeviceException, InterruptedException {
        double wait = dwell == null ? 0 : dwell.evaluate(context);
        double[] values = values(context);
        for (int i = 0; i < values.length; i++) {
            context.devices().write(signal, values[i]);
            context.clock().sleep(wait);
            List<Sample> reading = measured.isEmpty() ? List.of() : context.devices().read(measured);
            if (!reading.isEmpty()) {
                context.record(reading, series);
            }
            if (until != null && holds(context, reading)) {
                LoggerFactory.getLogger(RampStep.class).info("{}: {} held at point {} of {} ({} = {})", location(),
                        until, i + 1, values.length, signal, values[i]);
                return;
            }
        }
    }

    /** Judges the condition on the reading just recorded when it holds the signal, else on a fresh read. */
    private boolean holds(StepContext context, List<Sample> reading) throws DeviceException {
        int index = measured.indexOf(until.signal());
        Sample s = index >= 0 ? reading.get(index) : context.devices().read(List.of(until.signal())).get(0);
        if (!s.good()) {
            throw new DeviceException(location() + ": cannot judge '" + until + "': " + until.signal()
                    + " read bad (" + s.value() + ")", null);
        }
        return until.holds(s.value(), context);
    }

    /** Parses {@code ramp}. */
    public static final class Type implements StepType {
        /** Creates the type; found through ServiceLoader. */
        public Type() {
        }

        @Override
        public String name() {
            return "ramp";
        }

        @Override
        public Step parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
            YamlNode signalNode = arguments.required("signal");
            SignalName signal = SignalArguments.writable(signalNode, signalNode.asText(), parser);
            Expression from = SignalArguments.value(arguments.required("from"), signal, parser);
            Expression to = SignalArguments.value(arguments.required("to"), signal, parser);
            boolean byPoints = arguments.optional("points").isPresent();
            if (byPoints == arguments.optional("step").isPresent()) {
                throw at.error("a ramp needs either 'points' or 'step', not " + (byPoints ? "both" : "neither"));
            }
            Expression points = byPoints ? NumberArguments.count(arguments.required("points"), parser, 2,
                    RampPoints.MAX_POINTS) : null;
            Expression step = byPoints ? null : SignalArguments.value(arguments.required("step"), signal, parser);
            if (step != null && !step.usesLoopVariables()) {
                parser.require(b -> {
                    if (step.evaluate(b.values()) == 0) {
                        throw step.node().error("a ramp's step must not be 0");
                    }
                });
            }
            Expression dwell = arguments.optional("dwell").isPresent()
                    ? NumberArguments.duration(arguments.required("dwell"), parser, 0, MAX_DWELL_S) : null;
            List<SignalName> measured = arguments.optional("measure").isPresent()
                    ? MeasureStep.signalList(arguments.required("measure"), parser) : new ArrayList<>();
            String series = null;
            if (arguments.optional("series").isPresent()) {
                series = SignalArguments.series(arguments.required("series"));
            }
            if (measured.isEmpty() != (series == null)) {
                throw at.error("'measure' and 'series' go together: the readings of a ramp belong to a series");
            }
            Condition until = arguments.optional("until").isPresent()
                    ? SignalArguments.condition(arguments.required("until"), parser) : null;
            return new RampStep(at.location(), signal, from, to, points, step, dwell, measured, series, until);
        }
    }
}
