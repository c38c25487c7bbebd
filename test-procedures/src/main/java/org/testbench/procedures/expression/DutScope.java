package org.testbench.procedures.expression;

import org.testbench.rigs.Amount;
import org.testbench.rigs.Dut;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlNode;

/**
 * The DUT properties an expression may refer to as {@code $dut.name}: unknown while a procedure
 * file is parsed (its quantities are then left open), known when the procedure is checked against
 * the DUT file of a run, where a missing property is an error naming both files.
 */
public final class DutScope {

    private static final DutScope UNKNOWN = new DutScope(null);

    private final Dut dut;

    private DutScope(Dut dut) {
        this.dut = dut;
    }

    /** @return the scope while parsing: no DUT yet */
    public static DutScope unknown() {
        return UNKNOWN;
    }

    /**
     * @param dut the run's DUT
     * @return the scope of its properties
     */
    public static DutScope of(Dut dut) {
        return new DutScope(dut);
    }

    /**
     * @param property a property name
     * @param at       the reference, for errors
     * @return the property's quantity, or null while no DUT is known
     * @throws InputException when the DUT is known and lacks the property
     */
    Unit.Quantity quantity(String property, YamlNode at) throws InputException {
        if (dut == null) {
            return null;
        }
        Amount a = dut.properties().get(property);
        if (a == null) {
            throw at.error("needs DUT property '" + property + "', which the DUT file " + dut.file() + " lacks ("
                    + (dut.properties().isEmpty() ? "it has no properties" : "its properties: "
                    + String.join(", ", dut.properties().keySet())) + ")");
        }
        return a.quantity();
    }
}
