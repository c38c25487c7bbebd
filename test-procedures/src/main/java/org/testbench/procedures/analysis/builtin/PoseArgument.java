package org.testbench.procedures.analysis.builtin;

import org.testbench.procedures.step.StepParser;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/** An analysis argument naming one of the procedure's poses ({@code pose: P1}, {@code from: P2}). */
final class PoseArgument {

    private PoseArgument() {
    }

    /**
     * @param arguments the analysis' arguments
     * @param key       the argument's key
     * @param parser    knows the procedure's poses
     * @param analysis  the analysis, for the message, e.g. "distance accuracy"
     * @return the pose's name
     * @throws InputException naming the argument when the procedure has no such pose, or no poses
     */
    static String parse(YamlMap arguments, String key, StepParser parser, String analysis) throws InputException {
        YamlNode node = arguments.required(key);
        String name = node.asText();
        if (!parser.poseNames().contains(name)) {
            throw node.error(parser.poseNames().isEmpty() ? analysis + " needs 'poses: test-cube'"
                    : "no pose '" + name + "' (the procedure's poses are " + String.join(", ", parser.poseNames()) + ")");
        }
        return name;
    }
}
