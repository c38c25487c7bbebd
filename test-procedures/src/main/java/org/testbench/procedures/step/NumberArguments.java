package org.testbench.procedures.step;

import java.util.Locale;
import org.testbench.procedures.expression.DutScope;
import org.testbench.procedures.expression.Expression;
import org.testbench.procedures.expression.Values;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlNode;

/**
 * Reads the numeric arguments of steps and analyses as {@link Expression}s of a required kind,
 * registering with the parser what only the run can settle: the quantity of DUT properties, and
 * the value of a count or duration computed from parameters.
 */
public final class NumberArguments {

    /**
     * How far a computed count may sit from a whole number and still count as one: 0.3 h / 0.1 h is
     * 2.9999999999999996 in binary floating point, and means three.
     */
    private static final double WHOLE_TOLERANCE = 1e-9;

    private NumberArguments() {
    }

    /**
     * @param node   the argument as written
     * @param parser the scope
     * @return the expression, of any quantity
     * @throws InputException when it cannot be read or mixes quantities
     */
    public static Expression number(YamlNode node, StepParser parser) throws InputException {
        return Expression.parse(node, parser);
    }

    /**
     * @param node     the argument as written
     * @param quantity the quantity it must have
     * @param parser   the scope
     * @return the expression
     * @throws InputException when it cannot be read or is of another quantity
     */
    public static Expression of(YamlNode node, Unit.Quantity quantity, StepParser parser) throws InputException {
        Expression e = Expression.parse(node, parser);
        e.require(quantity, DutScope.unknown());
        if (e.usesDut()) {
            parser.require(b -> e.require(quantity, b.dutScope()));
        }
        return e;
    }

    /**
     * A duration: a time ({@code 50 ms}, {@code 2 h}, {@code $every}) at least {@code min} seconds;
     * a value known only in a loop is checked when it is used.
     *
     * @param node   the argument as written
     * @param parser the scope
     * @param min    the shortest allowed, s
     * @param max    the longest allowed, s
     * @return the expression, valued in seconds
     * @throws InputException when it is no time, or a constant one outside [min, max]
     */
    public static Expression duration(YamlNode node, StepParser parser, double min, double max) throws InputException {
        Expression e = of(node, Unit.Quantity.TIME, parser);
        if (!e.usesLoopVariables()) {
            parser.require(b -> inRange(e, e.evaluate(b.values()), min, max, " s"));
        }
        return e;
    }

    /**
     * A count (repetitions, points, samples): a number that parameters and DUT properties must make
     * whole and in range; loop variables are not accepted, so the count is known before the run starts.
     *
     * @param node   the argument as written
     * @param parser the scope
     * @param min    the smallest allowed
     * @param max    the largest allowed
     * @return the expression
     * @throws InputException when it is no number or uses a loop variable
     */
    public static Expression count(YamlNode node, StepParser parser, long min, long max) throws InputException {
        Expression e = of(node, Unit.Quantity.COUNT, parser);
        if (e.usesLoopVariables()) {
            throw node.error("'" + e + "' uses a loop variable; a count must be known before the run starts");
        }
        parser.require(b -> {
            double v = e.evaluate(b.values());
            if (Math.abs(v - Math.rint(v)) > WHOLE_TOLERANCE * Math.max(1, Math.abs(v))) {
                throw node.error("'" + e + "' must be a whole number, it is " + plain(v) + " with these parameters"
                        + " and this DUT");
            }
            inRange(e, Math.rint(v), min, max, "");
        });
        return e;
    }

    /**
     * @param e      a count
     * @param values what its references stand for
     * @return its value as a whole number (checked whole before the run started)
     */
    public static long whole(Expression e, Values values) {
        return Math.round(e.evaluate(values));
    }

    private static void inRange(Expression e, double v, double min, double max, String unit) throws InputException {
        if (!(v >= min && v <= max)) {
            throw e.node().error("'" + e + "' must lie in [" + plain(min) + ", " + plain(max) + "]" + unit + ", it is "
                    + plain(v) + unit + " with these parameters and this DUT");
        }
    }

    /**
     * @param v a number
     * @return it as descriptions and sample tags show it: without a trailing ".0" when whole
     */
    public static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
