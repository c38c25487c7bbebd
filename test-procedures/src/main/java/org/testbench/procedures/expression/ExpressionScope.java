package org.testbench.procedures.expression;

import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlNode;

/** The names an expression may refer to where it is written: parameters and enclosing loop variables. */
@FunctionalInterface
public interface ExpressionScope {

    /**
     * @param name a reference without its '$' (never {@code dut.…}, which the DUT resolves)
     * @param at   where it is written, for errors
     * @return what it stands for
     * @throws InputException when the name is unknown, or holds no number (a pose, a choice)
     */
    NamedNumber number(String name, YamlNode at) throws InputException;
}
