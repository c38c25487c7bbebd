package org.testbench.procedures.expression;

import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlNode;

/**
 * One node of an expression's tree. Values are computed in base units (s, deg, mm, Nm, ...), so
 * that {@code $hours / $every} is a plain ratio whatever units the two parameters are declared in.
 */
abstract class Term {

    /**
     * @param values what references stand for
     * @return the value in the base unit of {@link #quantity}
     */
    abstract double evaluate(Values values);

    /**
     * @param dut the DUT properties in scope
     * @param at  the expression as written, for errors
     * @return the quantity; COUNT for a pure number; null when it depends on a DUT not yet known
     * @throws InputException when quantities do not combine, or a DUT property is missing
     */
    abstract Unit.Quantity quantity(DutScope dut, YamlNode at) throws InputException;

    /** @return whether a loop variable occurs in it (it is then only known while the loop runs) */
    abstract boolean usesLoopVariables();

    /** @return whether a DUT property occurs in it */
    abstract boolean usesDut();

    /** A number with a unit, held in base units. */
    static final class Literal extends Term {
        private final double base;
        private final Unit.Quantity quantity;

        Literal(double base, Unit.Quantity quantity) {
            this.base = base;
            this.quantity = quantity;
        }

        @Override
        double evaluate(Values values) {
            return base;
        }

        @Override
        Unit.Quantity quantity(DutScope dut, YamlNode at) {
            return quantity;
        }

        @Override
        boolean usesLoopVariables() {
            return false;
        }

        @Override
        boolean usesDut() {
            return false;
        }
    }

    /** {@code $name}: a parameter (converted from its declared unit) or a loop variable (already in base units). */
    static final class Reference extends Term {
        private final String name;
        private final NamedNumber declared;

        Reference(String name, NamedNumber declared) {
            this.name = name;
            this.declared = declared;
        }

        @Override
        double evaluate(Values values) {
            return declared.unit().toBase(((Number) values.variable(name)).doubleValue());
        }

        @Override
        Unit.Quantity quantity(DutScope dut, YamlNode at) throws InputException {
            return declared.quantity().of(dut);
        }

        @Override
        boolean usesLoopVariables() {
            return declared.loopVariable();
        }

        @Override
        boolean usesDut() {
            return false;
        }
    }

    /** {@code $dut.name}: a property of the DUT file. */
    static final class DutProperty extends Term {
        private final String name;

        DutProperty(String name) {
            this.name = name;
        }

        @Override
        double evaluate(Values values) {
            return values.dutProperty(name).base();
        }

        @Override
        Unit.Quantity quantity(DutScope dut, YamlNode at) throws InputException {
            return dut.quantity(name, at);
        }

        @Override
        boolean usesLoopVariables() {
            return false;
        }

        @Override
        boolean usesDut() {
            return true;
        }
    }
}
