package org.testbench.procedures.expression;

import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;

/**
 * What a {@code $name} in an expression stands for: a numeric parameter or loop variable.
 *
 * @param unit         the unit its values are in: a parameter's declared unit; the base unit
 *                     ({@link Unit#ONE} will do) for loop variables, which hold base values
 * @param quantity     its quantity, possibly known only once the DUT is (a sweep over fractions
 *                     of {@code $dut.rated-torque})
 * @param loopVariable whether it is a loop variable, known only while its loop runs
 */
public record NamedNumber(Unit unit, QuantityOf quantity, boolean loopVariable) {

    /** The quantity of a declared name, which may depend on the DUT's properties. */
    @FunctionalInterface
    public interface QuantityOf {
        /**
         * @param dut the DUT properties in scope
         * @return the quantity, or null while it depends on a DUT not yet known
         * @throws InputException when a DUT property it needs is missing
         */
        Unit.Quantity of(DutScope dut) throws InputException;
    }
}
