package org.testbench.procedures.step;

import org.testbench.procedures.binding.SignalUse;
import org.testbench.procedures.expression.Condition;
import org.testbench.procedures.expression.Expression;
import org.testbench.rigs.SignalName;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlNode;

/**
 * Reads the arguments of steps and analyses that name rig signals ({@code output.torque}), values
 * for them and conditions on them, registering each use with the parser so that the rig file is
 * checked for the device, the signal, its writability and its unit before anything connects.
 */
public final class SignalArguments {

    private SignalArguments() {
    }

    /**
     * @param node   a {@code device.signal} as written
     * @param parser the parser collecting requirements
     * @return the signal, to be read
     * @throws InputException when it is not {@code device.signal}
     */
    public static SignalName readable(YamlNode node, StepParser parser) throws InputException {
        return use(node, node.asText(), false, parser);
    }

    /**
     * @param node   a {@code device.signal} as written (a node, or the key of a mapping)
     * @param text   the name
     * @param parser the parser collecting requirements
     * @return the signal, to be written
     * @throws InputException when it is not {@code device.signal}
     */
    public static SignalName writable(YamlNode node, String text, StepParser parser) throws InputException {
        return use(node, text, true, parser);
    }

    /**
     * @param node   a value for {@code signal} as written
     * @param signal the signal it is for, read with {@link #writable} or {@link #readable} first (so the
     *               rig is known to have it when the value's unit is checked)
     * @param parser the scope
     * @return the value, whose quantity the rig checks against the signal's unit
     * @throws InputException when it cannot be read
     */
    public static Expression value(YamlNode node, SignalName signal, StepParser parser) throws InputException {
        Expression e = Expression.parse(node, parser);
        parser.require(b -> e.requireFor(signal.toString(), signal.in(b.rig()).unit().base(), b.dutScope()));
        return e;
    }

    /**
     * @param node   a condition as written, e.g. {@code input.speed > 1 rpm}
     * @param parser the scope
     * @return the condition, whose signal and threshold the rig checks
     * @throws InputException when it does not have the condition's form
     */
    public static Condition condition(YamlNode node, StepParser parser) throws InputException {
        Condition c = Condition.parse(node, parser);
        parser.require(new SignalUse(c.signal(), node, false));
        parser.require(b -> c.threshold().requireFor(c.signal().toString(), c.signal().in(b.rig()).unit().base(),
                b.dutScope()));
        return c;
    }

    /**
     * @param node   a series name as written
     * @return the name: lower-case letters, digits and '-', so it can tag samples
     * @throws InputException when it is not such a name
     */
    public static String series(YamlNode node) throws InputException {
        String name = node.asText();
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw node.error("a series name is lower-case letters, digits and '-', found '" + name + "'");
        }
        return name;
    }

    private static SignalName use(YamlNode node, String text, boolean write, StepParser parser) throws InputException {
        SignalName signal;
        try {
            signal = SignalName.parse(text);
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
        parser.require(new SignalUse(signal, node, write));
        return signal;
    }
}
