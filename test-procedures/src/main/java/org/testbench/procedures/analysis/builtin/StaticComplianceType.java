package org.testbench.procedures.analysis.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.testbench.procedures.analysis.Analysis;
import org.testbench.procedures.analysis.AnalysisType;
import org.testbench.procedures.analysis.PoseMeasurement;
import org.testbench.procedures.analysis.PoseMeasurements;
import org.testbench.procedures.step.StepParser;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;
import org.testbench.standards.Result;
import org.testbench.standards.geometry.Vector3;
import org.testbench.standards.iso9283.Iso9283;
import org.testbench.standards.iso9283.LoadDirection;
import org.testbench.standards.iso9283.StaticCompliance;

/**
 * {@code static-compliance: {pose: P1}}: ISO 9283 clause 10, the static compliance of the robot at a
 * pose in each direction it was loaded in, mm/N: the displacement of the attained position from the
 * unloaded one against the load, over the load steps ({@link StaticCompliance}). The unloaded
 * position is the mean of the pose's measurements taken without a load; a loaded measurement
 * carries the {@code load-direction} and {@code load-n} tags of {@code apply-load}.
 */
public final class StaticComplianceType implements AnalysisType {

    /** The characteristic's symbol in results. */
    static final String COMPLIANCE = "compliance";

    /** Creates the type; found through ServiceLoader. */
    public StaticComplianceType() {
    }

    @Override
    public String name() {
        return "static-compliance";
    }

    /** @return nothing: no unit for mm/N exists for a DUT file's rated values yet */
    @Override
    public Map<String, Unit> ratable() {
        return Map.of();
    }

    @Override
    public Analysis parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
        String pose = PoseArgument.parse(arguments, "pose", parser, "static compliance");
        // The analysis fails, and the run ends as ANALYSIS_FAILED, when the pose was never measured unloaded,
        // or a loaded measurement's tags are malformed.
        return Analysis.of(at.location(), input -> {
            List<Vector3> unloaded = new ArrayList<>();
            Map<String, List<PoseMeasurement>> loaded = new LinkedHashMap<>();
            for (PoseMeasurement m : PoseMeasurements.fromSamples(input.samples())) {
                if (!m.pose().equals(pose)) {
                    continue;
                }
                String direction = m.context().get("load-direction");
                if (direction == null) {
                    unloaded.add(m.attained().position());
                } else {
                    loaded.computeIfAbsent(direction, d -> new ArrayList<>()).add(m);
                }
            }
            if (unloaded.isEmpty()) {
                throw new IllegalArgumentException("static compliance needs a measurement of " + pose
                        + " without a load, to measure the displacements from");
            }
            Vector3 reference = Vector3.ZERO;
            for (Vector3 p : unloaded) {
                reference = reference.plus(p);
            }
            reference = reference.times(1.0 / unloaded.size());
            List<Result> results = new ArrayList<>();
            for (Map.Entry<String, List<PoseMeasurement>> e : loaded.entrySet()) {
                LoadDirection direction = direction(e.getKey());
                double[] forces = new double[e.getValue().size()];
                List<Vector3> displacements = new ArrayList<>();
                for (int i = 0; i < forces.length; i++) {
                    PoseMeasurement m = e.getValue().get(i);
                    forces[i] = Double.parseDouble(m.context().get("load-n"));
                    displacements.add(m.attained().position().minus(reference));
                }
                StaticCompliance c = StaticCompliance.of(direction, forces, displacements);
                results.add(Result.judged(Iso9283.STANDARD, Iso9283.CLAUSE_STATIC_COMPLIANCE, COMPLIANCE,
                        pose + " " + direction.label(), c.mmPerN(), "mm/N", null));
            }
            return results;
        });
    }

    private static LoadDirection direction(String tag) {
        for (LoadDirection d : LoadDirection.values()) {
            if (d.label().equalsIgnoreCase(tag)) {
                return d;
            }
        }
        throw new IllegalArgumentException("a measurement's load direction '" + tag + "' is none of +x ... -z");
    }
}
