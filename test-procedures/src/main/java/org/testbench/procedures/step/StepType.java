package org.testbench.procedures.step;

import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/**
 * A kind of step that procedure files can use, found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.testbench.procedures.step.StepType}), so a lab can add its own
 * step types in a jar on the class path.
 */
public interface StepType {

    /** @return the key that names this step in a procedure file, e.g. "move" */
    String name();

    /**
     * Parses and checks the step's arguments.
     *
     * @param at        the step as written, for its location
     * @param arguments the step's arguments (empty when none were written); keys it does not read
     *                  are reported as unknown by the parser
     * @param parser    resolves references and parses nested steps
     * @return the checked step
     * @throws InputException naming file, line, column and field of the first problem
     */
    Step parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException;
}
