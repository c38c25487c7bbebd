package org.testbench.procedures;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.testbench.procedures.analysis.Analysis;
import org.testbench.procedures.binding.Binding;
import org.testbench.procedures.binding.Requirement;
import org.testbench.procedures.step.Step;
import org.testbench.procedures.step.StepContext;
import org.testbench.rigs.DeviceType;
import org.testbench.rigs.yaml.InputException;
import org.testbench.standards.geometry.Pose;

/**
 * A parsed and checked procedure file: what to run (setup, main, teardown), with which parameters
 * and poses, and which analyses turn the recorded samples into results.
 *
 * @param name        the procedure's name, e.g. "iso9283-pose"
 * @param title       a title for reports
 * @param standard    the standard it implements
 * @param clauses     the clauses it covers
 * @param description what it does, for {@code procedures show}
 * @param origin      the file (or "classpath:...") it was read from
 * @param sha256      the SHA-256 of its text
 * @param text        the exact text, copied into each run archive
 * @param parameters  its parameters, in file order
 * @param poses       its named poses from a test cube, or null when it has none
 * @param setup       steps run first
 * @param main        the test itself
 * @param teardown    steps that always run last and leave the rig safe, also after a failure
 * @param analyses    the analyses to compute from the recorded samples
 * @param requirements what its steps and analyses need from a run's rig, DUT and parameter values
 *                     (signals, DUT properties, whole counts), in file order
 */
public record Procedure(String name, String title, String standard, List<String> clauses, String description,
                        String origin, String sha256, String text, List<ParameterSpec> parameters,
                        TestCubePoses poses, List<Step> setup, List<Step> main, List<Step> teardown,
                        List<Analysis> analyses, List<Requirement> requirements) {

    /** Freezes the lists. */
    public Procedure {
        clauses = List.copyOf(clauses);
        parameters = List.copyOf(parameters);
        setup = List.copyOf(setup);
        main = List.copyOf(main);
        teardown = List.copyOf(teardown);
        analyses = List.copyOf(analyses);
        requirements = List.copyOf(requirements);
    }

    /**
     * Checks everything the procedure needs from a run before anything connects: every
     * {@code device.signal} it names exists on a generic device of the rig (and can be written where
     * it is written), every {@code $dut.property} it uses is in the DUT file and of a fitting quantity,
     * and every count and duration computed from parameters comes out valid.
     *
     * @param binding the run's parameters, rig and DUT
     * @throws InputException naming the place in the procedure file and the rig or DUT file
     */
    public void check(Binding binding) throws InputException {
        for (Requirement r : requirements) {
            r.check(binding);
        }
    }

    /** @return the device types the steps need, so a rig can be checked before it connects */
    public Set<DeviceType> requiredDevices() {
        Set<DeviceType> types = new LinkedHashSet<>();
        List<Step> pending = new ArrayList<>(setup);
        pending.addAll(main);
        pending.addAll(teardown);
        while (!pending.isEmpty()) {
            Step s = pending.remove(pending.size() - 1);
            if (s.requiredDevice() != null) {
                types.add(s.requiredDevice());
            }
            pending.addAll(s.children());
        }
        return types;
    }

    /**
     * @param parameters the run's values
     * @return the commanded poses by name (empty when the procedure has none)
     */
    public Map<String, Pose> commandedPoses(Parameters parameters) {
        return poses == null ? Map.of() : poses.resolve(parameters);
    }

    /**
     * @param context the run's context
     * @return the leaf steps the whole run will execute
     */
    public long plannedLeaves(StepContext context) {
        long n = 0;
        for (List<Step> group : List.of(setup, main, teardown)) {
            for (Step s : group) {
                n += s.plannedLeaves(context);
            }
        }
        return n;
    }
}
