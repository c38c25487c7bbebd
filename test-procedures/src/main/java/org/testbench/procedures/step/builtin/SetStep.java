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
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/**
 * {@code set: {output.torque-command: 0, input.enable: 1}}: writes values to generic devices'
 * signals, in the order written, each waiting until the device has accepted it. A value is a
 * number in the signal's unit, an amount with a unit of the signal's quantity ({@code 5 Nm}), a
 * reference or an expression.
 */
public final class SetStep extends LeafStep {

    private final List<SignalName> signals;
    private final List<Expression> values;

    private SetStep(String location, List<SignalName> signals, List<Expression> values) {
        super(location, null);
        this.signals = List.copyOf(signals);
        this.values = List.copyOf(values);
    }

    @Override
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < signals.size(); i++) {
            parts.add(signals.get(i) + " = " + values.get(i));
        }
        return "set " + String.join(", ", parts);
    }

    @Override
    String describe(StepContext context) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < signals.size(); i++) {
            SignalName s = signals.get(i);
            parts.add(s + " = " + NumberArguments.plain(values.get(i).evaluate(context)) + " "
                    + context.devices().signals(s.device()).unit(s.signal()));
        }
        return "set " + String.join(", ", parts);
    }

    @Override
    void run(StepContext context) throws DeviceException {
        for (int i = 0; i < signals.size(); i++) {
            context.devices().write(signals.get(i), values.get(i).evaluate(context));
        }
    }

    /** Parses {@code set}. */
    public static final class Type implements StepType {
        /** Creates the type; found through ServiceLoader. */
        public Type() {
        }

        @Override
        public String name() {
            return "set";
        }

        @Override
        public Step parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
            List<SignalName> signals = new ArrayList<>();
            List<Expression> values = new ArrayList<>();
            for (String key : arguments.keys()) {
                SignalName signal = SignalArguments.writable(arguments.keyNode(key), key, parser);
                signals.add(signal);
                values.add(SignalArguments.value(arguments.required(key), signal, parser));
            }
            if (signals.isEmpty()) {
                throw at.error("set needs at least one 'device.signal: value'");
            }
            return new SetStep(at.location(), signals, values);
        }
    }
}
