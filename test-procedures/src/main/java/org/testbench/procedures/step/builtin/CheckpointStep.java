package org.testbench.procedures.step.builtin;

import org.testbench.procedures.step.Step;
import org.testbench.procedures.step.StepContext;
import org.testbench.procedures.step.StepParser;
import org.testbench.procedures.step.StepType;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/**
 * {@code checkpoint: {name: block-done}}: tells the listeners that everything before it is done
 * and recorded, with the loop variables in force. Names are unique in a procedure, so that a
 * journal can name the point an interrupted run resumes from.
 */
public final class CheckpointStep extends LeafStep {

    private final String name;

    private CheckpointStep(String location, String name) {
        super(location, null);
        this.name = name;
    }

    @Override
    public String describe() {
        return "checkpoint " + name;
    }

    @Override
    String describe(StepContext context) {
        return describe();
    }

    @Override
    void run(StepContext context) {
        context.checkpoint(this, name);
    }

    /** Parses {@code checkpoint}. */
    public static final class Type implements StepType {
        /** Creates the type; found through ServiceLoader. */
        public Type() {
        }

        @Override
        public String name() {
            return "checkpoint";
        }

        @Override
        public Step parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
            YamlNode nameNode = arguments.required("name");
            String name = nameNode.asText();
            if (!name.matches("[a-z0-9][a-z0-9-]*")) {
                throw nameNode.error("a checkpoint's name is lower-case letters, digits and '-', found '" + name + "'");
            }
            parser.claimCheckpoint(nameNode, name);
            return new CheckpointStep(at.location(), name);
        }
    }
}
