package org.testbench.procedures.expression;

import java.util.Locale;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlNode;

/**
 * An arithmetic operation on terms, with the quantity rules that keep a procedure honest: only
 * like quantities add, a quantity scales by a number, like quantities divide to a number. Products
 * of two quantities have no unit the bench knows, so they are refused rather than guessed.
 */
final class Operation extends Term {

    private final char operator;
    private final Term left;
    private final Term right;

    /**
     * @param operator '+', '-', '*', '/', or 'n' for negation (then {@code right} is null)
     * @param left     the left operand
     * @param right    the right operand
     */
    Operation(char operator, Term left, Term right) {
        this.operator = operator;
        this.left = left;
        this.right = right;
    }

    @Override
    double evaluate(Values values) {
        double a = left.evaluate(values);
        return switch (operator) {
            case 'n' -> -a;
            case '+' -> a + right.evaluate(values);
            case '-' -> a - right.evaluate(values);
            case '*' -> a * right.evaluate(values);
            default -> a / right.evaluate(values);
        };
    }

    @Override
    Unit.Quantity quantity(DutScope dut, YamlNode at) throws InputException {
        Unit.Quantity a = left.quantity(dut, at);
        if (operator == 'n') {
            return a;
        }
        Unit.Quantity b = right.quantity(dut, at);
        if (a == null || b == null) {
            return null;
        }
        Unit.Quantity count = Unit.Quantity.COUNT;
        switch (operator) {
            case '+', '-':
                if (a != b) {
                    throw at.error("cannot " + (operator == '+' ? "add " : "subtract ") + name(b)
                            + (operator == '+' ? " to " : " from ") + name(a));
                }
                return a;
            case '*':
                if (a != count && b != count) {
                    throw at.error("cannot multiply " + name(a) + " by " + name(b) + ": scale a quantity by a number");
                }
                return a == count ? b : a;
            default:
                if (a == b) {
                    return count;
                }
                if (b != count) {
                    throw at.error("cannot divide " + name(a) + " by " + name(b) + ": divide like quantities, or by a number");
                }
                return a;
        }
    }

    @Override
    boolean usesLoopVariables() {
        return left.usesLoopVariables() || right != null && right.usesLoopVariables();
    }

    @Override
    boolean usesDut() {
        return left.usesDut() || right != null && right.usesDut();
    }

    /**
     * @param quantity a quantity
     * @return it as a person says it: "a torque", "a number"
     */
    static String name(Unit.Quantity quantity) {
        if (quantity == Unit.Quantity.COUNT) {
            return "a number";
        }
        String word = quantity.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }
}
