package org.testbench.procedures.binding;

import org.testbench.procedures.Parameters;
import org.testbench.procedures.expression.DutScope;
import org.testbench.procedures.expression.Values;
import org.testbench.rigs.Amount;
import org.testbench.rigs.Dut;
import org.testbench.rigs.RigDefinition;

/**
 * What a procedure is bound to in one run, before anything connects: its parameter values, the
 * rig file and the DUT file.
 *
 * @param parameters the run's parameter values
 * @param rig        the rig
 * @param dut        the device under test
 */
public record Binding(Parameters parameters, RigDefinition rig, Dut dut) {

    /** @return the DUT properties, for checking the quantities of expressions that use them */
    public DutScope dutScope() {
        return DutScope.of(dut);
    }

    /** @return parameters and DUT properties as expressions see them (no loop runs yet) */
    public Values values() {
        return new Values() {
            @Override
            public Object variable(String name) {
                return parameters.get(name);
            }

            @Override
            public Amount dutProperty(String name) {
                Amount a = dut.properties().get(name);
                if (a == null) {
                    throw new IllegalArgumentException(dut.file() + " has no property '" + name + "'");
                }
                return a;
            }
        };
    }
}
