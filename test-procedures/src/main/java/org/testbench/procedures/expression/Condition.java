package org.testbench.procedures.expression;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testbench.rigs.SignalName;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlNode;

/**
 * A condition on one signal, as {@code until} and {@code wait-until} take it:
 * {@code signal op threshold} or {@code abs(signal) op threshold}, with op one of
 * {@code < <= > >=} and the threshold an {@link Expression} ({@code input.speed > 1 rpm},
 * {@code abs(output.speed) >= $start-speed}). Deliberately no more: a condition stops a rig, so
 * a person must be able to read it at a glance.
 */
public final class Condition {

    private static final Pattern FORM = Pattern.compile(
            "\\s*(?:(abs)\\(\\s*(\\S+?)\\s*\\)|(\\S+?))\\s*(<=|>=|<|>)\\s*(.+?)\\s*");

    private final SignalName signal;
    private final boolean absolute;
    private final String operator;
    private final Expression threshold;
    private final String text;

    private Condition(SignalName signal, boolean absolute, String operator, Expression threshold, String text) {
        this.signal = signal;
        this.absolute = absolute;
        this.operator = operator;
        this.threshold = threshold;
        this.text = text;
    }

    /**
     * @param node  the condition as written
     * @param scope the names its threshold may use
     * @return the condition
     * @throws InputException when it does not have the form {@code [abs(]device.signal[)] op threshold}
     */
    public static Condition parse(YamlNode node, ExpressionScope scope) throws InputException {
        String text = node.asText();
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw node.error("expected 'device.signal op value' or 'abs(device.signal) op value' with op one of"
                    + " <, <=, >, >= (e.g. 'input.speed > 1 rpm'), found '" + text + "'");
        }
        SignalName signal;
        try {
            signal = SignalName.parse(m.group(1) != null ? m.group(2) : m.group(3));
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
        return new Condition(signal, m.group(1) != null, m.group(4), Expression.parse(node, m.group(5), scope), text);
    }

    /** @return the signal it watches */
    public SignalName signal() {
        return signal;
    }

    /** @return the value it compares with */
    public Expression threshold() {
        return threshold;
    }

    /**
     * @param value  the signal's value, in base units
     * @param values what the threshold's references stand for
     * @return whether the condition holds
     */
    public boolean holds(double value, Values values) {
        double v = absolute ? Math.abs(value) : value;
        double t = threshold.evaluate(values);
        return switch (operator) {
            case "<" -> v < t;
            case "<=" -> v <= t;
            case ">" -> v > t;
            default -> v >= t;
        };
    }

    @Override
    public String toString() {
        return text.strip();
    }
}
