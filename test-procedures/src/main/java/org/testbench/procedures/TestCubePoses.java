package org.testbench.procedures;

import java.util.LinkedHashMap;
import java.util.Map;
import org.testbench.procedures.step.Argument;
import org.testbench.procedures.step.StepParser;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;
import org.testbench.standards.iso9283.MeasuringPlane;
import org.testbench.standards.iso9283.TestCube;

/**
 * The named poses of a procedure, from an ISO 9283 test cube: {@code poses: {test-cube: {centre,
 * edge, plane, orientation}}} gives P1..P5 on the measuring plane, all with one orientation.
 */
public final class TestCubePoses {

    private final Argument centre;
    private final Argument edge;
    private final Argument plane;
    private final Argument orientation;

    private TestCubePoses(Argument centre, Argument edge, Argument plane, Argument orientation) {
        this.centre = centre;
        this.edge = edge;
        this.plane = plane;
        this.orientation = orientation;
    }

    /** The pose names a test cube defines, in the standard's numbering. */
    public static final java.util.List<String> NAMES = java.util.List.of("P1", "P2", "P3", "P4", "P5");

    /**
     * @param map    the {@code test-cube} mapping
     * @param parser resolves parameter references
     * @return the checked definition
     * @throws InputException when a field is missing or malformed
     */
    static TestCubePoses parse(YamlMap map, StepParser parser) throws InputException {
        TestCubePoses poses = new TestCubePoses(
                Argument.parse(map.required("centre"), Argument.Kind.VECTOR, parser),
                Argument.parse(map.required("edge"), Argument.Kind.NUMBER, parser),
                Argument.parse(map.required("plane"), Argument.Kind.CHOICE, parser),
                Argument.parse(map.required("orientation"), Argument.Kind.VECTOR, parser));
        map.rejectUnknown();
        return poses;
    }

    /**
     * @param parameters the run's values
     * @return the cube the values describe
     * @throws IllegalArgumentException when the plane or edge is invalid
     */
    public TestCube cube(Parameters parameters) {
        double[] c = (double[]) centre.value(parameters::get);
        return new TestCube(new Vector3(c[0], c[1], c[2]), edge.number(parameters::get),
                MeasuringPlane.parse(plane.text(parameters::get)));
    }

    /**
     * @param parameters the run's values
     * @return P1..P5 as commanded poses, in order
     */
    public Map<String, Pose> resolve(Parameters parameters) {
        double[] o = (double[]) orientation.value(parameters::get);
        Map<String, Pose> poses = new LinkedHashMap<>();
        cube(parameters).poses().forEach((name, p) -> poses.put(name, new Pose(p, o[0], o[1], o[2])));
        return poses;
    }
}
