package org.testbench.procedures.binding;

import org.testbench.rigs.yaml.InputException;

/**
 * Something a procedure needs from the rig, the DUT or the parameter values that its file alone
 * cannot show: that a signal it names exists and can be written, that a DUT property it uses is
 * there and of the right quantity, that a count comes out whole. Steps and analyses register
 * requirements while they are parsed; all are checked before anything connects.
 */
@FunctionalInterface
public interface Requirement {

    /**
     * @param binding the run's parameters, rig and DUT
     * @throws InputException naming where in the procedure file the requirement is written, and the
     *                        rig or DUT file that does not meet it
     */
    void check(Binding binding) throws InputException;
}
