package org.testbench.procedures.step.builtin;

import java.util.ArrayList;
import java.util.List;
import org.testbench.procedures.step.Argument;
import org.testbench.procedures.step.Step;
import org.testbench.procedures.step.StepContext;
import org.testbench.procedures.step.StepParser;
import org.testbench.procedures.step.StepType;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/**
 * {@code for-each-pose: {poses: [P1, P5, P4, P3, P2], as: pose, steps: [...]}}: runs the nested
 * steps once per named pose, in the order written (the order is the standard's cycle order).
 */
public final class ForEachPoseStep extends LoopStep {

    private final List<String> poses;

    private ForEachPoseStep(String location, List<String> poses, String variable, List<Step> steps) {
        super(location, variable, steps);
        this.poses = List.copyOf(poses);
    }

    @Override
    long count(StepContext context) {
        return poses.size();
    }

    @Override
    Object value(StepContext context, long index) {
        return poses.get((int) index);
    }

    @Override
    public String describe() {
        return "for each pose of " + poses + " as $" + variable();
    }

    /** Parses {@code for-each-pose}. */
    public static final class Type implements StepType {
        /** Creates the type; found through ServiceLoader. */
        public Type() {
        }

        @Override
        public String name() {
            return "for-each-pose";
        }

        @Override
        public Step parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
            YamlNode posesNode = arguments.required("poses");
            List<String> poses = new ArrayList<>();
            for (YamlNode p : posesNode.asList()) {
                String pose = p.asText();
                if (!parser.poseNames().contains(pose)) {
                    throw p.error("unknown pose '" + pose + "' (poses: " + String.join(", ", parser.poseNames()) + ")");
                }
                poses.add(pose);
            }
            if (poses.isEmpty()) {
                throw posesNode.error("needs at least one pose");
            }
            YamlNode asNode = arguments.required("as");
            String variable = asNode.asText();
            List<Step> steps = parser.stepsWithVariable(asNode, variable, Argument.Kind.POSE, arguments.required("steps"));
            return new ForEachPoseStep(at.location(), poses, variable, steps);
        }
    }
}
