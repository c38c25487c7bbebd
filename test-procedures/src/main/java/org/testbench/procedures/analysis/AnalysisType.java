package org.testbench.procedures.analysis;

import java.util.Map;
import org.testbench.procedures.step.StepParser;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/**
 * A kind of analysis that procedure files can list under {@code analysis:}, found through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/org.testbench.procedures.analysis.AnalysisType})
 * like step types, so standards beyond ISO 9283 plug in from their own module. An entry is a name
 * ({@code - pose-accuracy}) or a name with arguments
 * ({@code - hysteresis: {series: loop, torque: output.torque, twist: output.angle, lost-motion-percent: 3 %,
 * t1: $dut.t1, t2: $dut.t2}}).
 */
public interface AnalysisType {

    /** @return the name that lists this analysis in a procedure file, e.g. "pose-accuracy" */
    String name();

    /**
     * @return the characteristics its results can carry that a DUT file may rate, with the unit each
     *     result is reported in (a DUT file's rated value for any other symbol is an error); rated
     *     values reach {@link Analysis#results} converted to that unit, so a limit and its result
     *     are always compared in one unit
     */
    Map<String, Unit> ratable();

    /**
     * Parses and checks the analysis' arguments when the procedure file is read.
     *
     * @param at        the entry as written, for its location
     * @param arguments its arguments (empty when none were written); keys it does not read are
     *                  reported as unknown
     * @param parser    resolves parameters ({@link org.testbench.procedures.step.NumberArguments}),
     *                  signals ({@link org.testbench.procedures.step.SignalArguments}) and DUT
     *                  properties as for steps, and collects what the rig and DUT must provide; no
     *                  loop variable is in scope
     * @return the configured analysis
     * @throws InputException naming file, line, column and field of the first problem
     */
    Analysis parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException;
}
