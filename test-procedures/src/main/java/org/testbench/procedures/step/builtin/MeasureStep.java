package org.testbench.procedures.step.builtin;

import java.util.ArrayList;
import java.util.List;
import org.testbench.procedures.expression.Expression;
import org.testbench.procedures.step.NumberArguments;
import org.testbench.procedures.step.SignalArguments;
import org.testbench.procedures.step.Step;
import org.testbench.procedures.step.StepContext;
import org.testbench.procedures.step.StepParser;
import org.testbench.procedures.step.StepType;
import org.testbench.rigs.SignalName;
import org.testbench.rigs.device.DeviceException;
import org.testbench.rigs.device.RigClock;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/**
 * {@code measure: {signals: [output.torque, output.angle], samples: 20, interval: 10 ms, series: loop}}:
 * reads the signals {@code samples} times (default once), the k-th reading {@code k * interval}
 * after the first on the rig's clock (default: back to back), and records every reading tagged
 * with the series, its reading number and the loop variables, so analyses can select it.
 */
public final class MeasureStep extends LeafStep {

    /** A million readings of one step is a typo, not a measurement plan. */
    private static final long MAX_SAMPLES = 1_000_000;
    /** A day between two readings of one step: longer is a typo. */
    private static final double MAX_INTERVAL_S = 86_400;

    private final List<SignalName> signals;
    private final Expression samples;
    private final Expression interval;
    private final String series;

    private MeasureStep(String location, List<SignalName> signals, Expression samples, Expression interval,
                        String series) {
        super(location, null);
        this.signals = List.copyOf(signals);
        this.samples = samples;
        this.interval = interval;
        this.series = series;
    }

    @Override
    public String describe() {
        return "measure " + names() + (samples == null ? "" : " x " + samples) + " as " + series;
    }

    @Override
    String describe(StepContext context) {
        long n = samples == null ? 1 : NumberArguments.whole(samples, context);
        return "measure " + names() + (n == 1 ? "" : " x " + n) + " as " + series;
    }

    private String names() {
        return signals.size() == 1 ? signals.get(0).toString() : signals.toString();
    }

    @Override
    void run(StepContext context) throws DeviceException, InterruptedException {
        long n = samples == null ? 1 : NumberArguments.whole(samples, context);
        double every = interval == null ? 0 : interval.evaluate(context);
        RigClock clock = context.clock();
        double start = n > 1 && every > 0 ? clock.now() : 0;
        for (long k = 0; k < n; k++) {
            if (k > 0 && every > 0) {
                clock.waitUntil(start + k * every);
            }
            context.record(context.devices().read(signals), series);
        }
    }

    /** Parses {@code measure}. */
    public static final class Type implements StepType {
        /** Creates the type; found through ServiceLoader. */
        public Type() {
        }

        @Override
        public String name() {
            return "measure";
        }

        @Override
        public Step parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
            List<SignalName> signals = signalList(arguments.required("signals"), parser);
            Expression samples = arguments.optional("samples").isPresent()
                    ? NumberArguments.count(arguments.required("samples"), parser, 1, MAX_SAMPLES) : null;
            Expression interval = arguments.optional("interval").isPresent()
                    ? NumberArguments.duration(arguments.required("interval"), parser, 0, MAX_INTERVAL_S) : null;
            String series = SignalArguments.series(arguments.required("series"));
            return new MeasureStep(at.location(), signals, samples, interval, series);
        }
    }

    /**
     * @param list   a list of signals as written
     * @param parser the parser collecting requirements
     * @return the signals, at least one, none twice
     * @throws InputException when the list is empty, repeats a signal or names no signal
     */
    static List<SignalName> signalList(YamlNode list, StepParser parser) throws InputException {
        List<SignalName> signals = new ArrayList<>();
        for (YamlNode item : list.asList()) {
            SignalName s = SignalArguments.readable(item, parser);
            if (signals.contains(s)) {
                throw item.error(s + " is listed twice");
            }
            signals.add(s);
        }
        if (signals.isEmpty()) {
            throw list.error("needs at least one device.signal");
        }
        return signals;
    }
}
