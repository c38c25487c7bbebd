package org.testbench.procedures.expression;

import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlNode;

/**
 * A numeric argument of a step or an analysis: a number with an optional unit ({@code 5 Nm},
 * {@code 50 ms}), a reference ({@code $rated-torque}, {@code $dut.ratio}, a loop variable), or
 * simple arithmetic over them ({@code $hours / $every}, {@code 0.5 * $dut.rated-torque}).
 *
 * <p>It is read and its names resolved when the file is parsed; its quantity is checked then as
 * far as the file alone allows, and completely once the DUT is known, before anything connects.
 * Values are computed in base units (s, deg, mm, Nm, rpm, ...); a bare number counts in the base
 * unit of whatever it is used for.
 */
public final class Expression {

    private final YamlNode node;
    private final String text;
    private final Term root;

    private Expression(YamlNode node, String text, Term root) {
        this.node = node;
        this.text = text;
        this.root = root;
    }

    /**
     * @param node  the argument as written
     * @param scope the names it may use
     * @return the expression, its quantities checked as far as the file alone allows
     * @throws InputException when it cannot be read, names something unknown, or mixes quantities
     */
    public static Expression parse(YamlNode node, ExpressionScope scope) throws InputException {
        return parse(node, node.asText(), scope);
    }

    /**
     * @param node  the argument it is part of, for errors
     * @param text  the expression's text, e.g. the threshold of a condition
     * @param scope the names it may use
     * @return the expression, its quantities checked as far as the file alone allows
     * @throws InputException when it cannot be read, names something unknown, or mixes quantities
     */
    public static Expression parse(YamlNode node, String text, ExpressionScope scope) throws InputException {
        Expression e = new Expression(node, text, ExpressionReader.read(text, node, scope));
        e.quantity(DutScope.unknown());
        return e;
    }

    /**
     * @param values what its references stand for
     * @return its value in base units
     */
    public double evaluate(Values values) {
        return root.evaluate(values);
    }

    /**
     * @param dut the DUT properties in scope
     * @return its quantity ({@link Unit.Quantity#COUNT} for a pure number), or null when it depends on a
     *     DUT not yet known
     * @throws InputException when quantities do not combine, or a DUT property is missing
     */
    public Unit.Quantity quantity(DutScope dut) throws InputException {
        return root.quantity(dut, node);
    }

    /**
     * Checks the expression is of one quantity, e.g. a duration where a step waits.
     *
     * @param expected the quantity needed
     * @param dut      the DUT properties in scope
     * @throws InputException when it is of another quantity
     */
    public void require(Unit.Quantity expected, DutScope dut) throws InputException {
        Unit.Quantity q = quantity(dut);
        if (q != null && q != expected) {
            throw node.error("'" + text + "' is " + Operation.name(q) + ", but " + Operation.name(expected)
                    + " is needed here" + (expected == Unit.Quantity.TIME ? " (e.g. '5 s', '10 min', '2 h')" : ""));
        }
    }

    /**
     * Checks the expression fits a signal: a number (read in the signal's unit) or the signal's quantity.
     *
     * @param signal   the signal, e.g. "output.torque-command"
     * @param unit     the unit its values are in
     * @param dut      the DUT properties in scope
     * @throws InputException when it is of another quantity
     */
    public void requireFor(String signal, Unit unit, DutScope dut) throws InputException {
        Unit.Quantity q = quantity(dut);
        if (q != null && q != Unit.Quantity.COUNT && q != unit.quantity()) {
            throw node.error("'" + text + "' is " + Operation.name(q) + ", but " + signal + " is "
                    + Operation.name(unit.quantity()) + " (" + unit.symbol() + ")");
        }
    }

    /** @return whether a loop variable occurs in it, so that its value is known only while the loop runs */
    public boolean usesLoopVariables() {
        return root.usesLoopVariables();
    }

    /** @return whether it refers to a DUT property */
    public boolean usesDut() {
        return root.usesDut();
    }

    /** @return where it is written, for errors */
    public YamlNode node() {
        return node;
    }

    /** @return the text as written */
    @Override
    public String toString() {
        return text;
    }
}
