package org.testbench.procedures.expression;

import org.testbench.rigs.Amount;

/** What an expression's references stand for while it is evaluated. */
public interface Values {

    /**
     * @param name a parameter or loop variable
     * @return its value: a Number (a parameter in its declared unit, a loop variable in base units)
     */
    Object variable(String name);

    /**
     * @param name a DUT property, e.g. "rated-torque" for {@code $dut.rated-torque}
     * @return its value
     * @throws IllegalArgumentException when the DUT has no such property (checked before a run starts)
     */
    Amount dutProperty(String name);
}
