package org.testbench.procedures.analysis.reducer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.testbench.procedures.expression.Expression;
import org.testbench.procedures.step.NumberArguments;
import org.testbench.procedures.step.SignalArguments;
import org.testbench.procedures.step.StepParser;
import org.testbench.rigs.SignalName;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/**
 * Reads the arguments reducer analyses share: the series, signals of a required quantity (checked
 * against the rig's unit before anything connects, so a torque argument naming a speed signal is
 * an error at its line and column), expressions of a quantity, and the names of loop variables
 * that tag readings.
 */
final class ReducerArguments {

    private ReducerArguments() {
    }

    /**
     * @param arguments the analysis' arguments
     * @return the series named by {@code series}
     * @throws InputException when it is missing or no series name
     */
    static String series(YamlMap arguments) throws InputException {
        return SignalArguments.series(arguments.required("series"));
    }

    /**
     * @param arguments  the analysis' arguments
     * @param key        the argument, e.g. "torque"
     * @param parser     collects the requirement on the rig
     * @param quantities the quantities the signal's unit may have
     * @return the signal
     * @throws InputException when it is missing or not {@code device.signal}
     */
    static SignalName signal(YamlMap arguments, String key, StepParser parser, Unit.Quantity... quantities)
            throws InputException {
        YamlNode node = arguments.required(key);
        SignalName signal = SignalArguments.readable(node, parser);
        List<Unit.Quantity> allowed = Arrays.asList(quantities);
        parser.require(b -> {
            Unit unit = signal.in(b.rig()).unit();
            if (!allowed.contains(unit.quantity())) {
                String needed = allowed.stream().map(q -> q.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                        .collect(Collectors.joining(" or "));
                throw node.error("'" + key + "' needs a signal of " + needed + ", but " + signal + " is in "
                        + unit.symbol() + " (rig " + b.rig().name() + ", " + b.rig().file() + ")");
            }
        });
        return signal;
    }

    /**
     * @return the signal, or null when the argument is absent
     * @see #signal
     */
    static SignalName optionalSignal(YamlMap arguments, String key, StepParser parser, Unit.Quantity... quantities)
            throws InputException {
        return arguments.optional(key).isPresent() ? signal(arguments, key, parser, quantities) : null;
    }

    /**
     * @param arguments the analysis' arguments
     * @param key       the argument
     * @param quantity  its quantity
     * @param parser    the parameters and DUT properties it may use
     * @return the expression, valued in the quantity's base unit
     * @throws InputException when it is missing, uses a loop variable or is of another quantity
     */
    static Expression amount(YamlMap arguments, String key, Unit.Quantity quantity, StepParser parser)
            throws InputException {
        return NumberArguments.of(arguments.required(key), quantity, parser);
    }

    /**
     * @param arguments the analysis' arguments
     * @param key       the argument
     * @return the name of the loop variable it names, whose value tags the readings
     * @throws InputException when it is missing or not a loop variable's name
     */
    static String loopVariable(YamlMap arguments, String key) throws InputException {
        YamlNode node = arguments.required(key);
        String name = node.asText();
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw node.error("names the loop variable whose value tags the readings (e.g. speed), found '" + name
                    + "'");
        }
        return name;
    }

    /**
     * @param arguments the analysis' arguments
     * @param key       the argument
     * @param fallback  its value when absent
     * @param min       the smallest allowed
     * @param max       the largest allowed
     * @return the whole number written
     * @throws InputException when it is no whole number in range
     */
    static int count(YamlMap arguments, String key, int fallback, int min, int max) throws InputException {
        if (arguments.optional(key).isEmpty()) {
            return fallback;
        }
        YamlNode node = arguments.required(key);
        long value = node.asLong();
        if (value < min || value > max) {
            throw node.error("must lie in [" + min + ", " + max + "], found " + value);
        }
        return (int) value;
    }
}
