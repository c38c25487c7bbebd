package org.testbench.procedures.analysis.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.testbench.procedures.analysis.Analysis;
import org.testbench.procedures.analysis.AnalysisInput;
import org.testbench.procedures.analysis.AnalysisType;
import org.testbench.procedures.analysis.PoseMeasurement;
import org.testbench.procedures.analysis.PoseMeasurements;
import org.testbench.procedures.step.StepParser;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;
import org.testbench.standards.Result;
import org.testbench.standards.figure.Figure;
import org.testbench.standards.figure.Series;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.iso9283.Iso9283;
import org.testbench.standards.iso9283.PoseAccuracy;
import org.testbench.standards.iso9283.PoseDrift;
import org.testbench.standards.iso9283.PoseRepeatability;

/**
 * {@code pose-drift: {pose: P1, per: check}}: ISO 9283 clause 7.7, drift of pose accuracy dAP and
 * of pose repeatability dRP. The measurements of the pose are grouped by the loop variable
 * {@code per} (a measurement without it, taken before the loop, is group 0): AP and RP of the first
 * group, the robot cold, against those of the last, after the hours of the test. A figure shows
 * APp and RPl of every group over the hours, on the measurements' own clock.
 */
public final class PoseDriftType implements AnalysisType {

    /** Creates the type; found through ServiceLoader. */
    public PoseDriftType() {
    }

    @Override
    public String name() {
        return "pose-drift";
    }

    @Override
    public Map<String, Unit> ratable() {
        return Map.of(Iso9283.DRIFT_AP, Unit.of("mm"), Iso9283.DRIFT_RP, Unit.of("mm"));
    }

    @Override
    public Analysis parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
        String pose = PoseArgument.parse(arguments, "pose", parser, "pose drift");
        String per = arguments.required("per").asText();
        String location = at.location();
        return new Analysis() {
            @Override
            public String location() {
                return location;
            }

            @Override
            public List<Result> results(AnalysisInput input) {
                TreeMap<Long, List<PoseMeasurement>> groups = groups(input, pose, per);
                Pose commanded = input.commandedPoses().get(pose);
                List<Pose> first = attained(groups.firstEntry().getValue());
                List<Pose> last = attained(groups.lastEntry().getValue());
                PoseDrift drift = PoseDrift.of(PoseAccuracy.of(commanded, first), PoseRepeatability.of(first),
                        PoseAccuracy.of(commanded, last), PoseRepeatability.of(last));
                String subject = pose + ", " + per + " " + groups.firstKey() + " to " + groups.lastKey();
                return List.of(
                        Result.judged(Iso9283.STANDARD, Iso9283.CLAUSE_DRIFT, Iso9283.DRIFT_AP, subject, drift.dAP(), "mm",
                                input.rated().get(Iso9283.DRIFT_AP)),
                        Result.judged(Iso9283.STANDARD, Iso9283.CLAUSE_DRIFT, Iso9283.DRIFT_RP, subject, drift.dRP(), "mm",
                                input.rated().get(Iso9283.DRIFT_RP)));
            }

            @Override
            public List<Figure> figures(AnalysisInput input) {
                TreeMap<Long, List<PoseMeasurement>> groups = groups(input, pose, per);
                Pose commanded = input.commandedPoses().get(pose);
                long start = groups.firstEntry().getValue().get(0).time().toEpochMilli();
                int n = groups.size();
                double[] hours = new double[n];
                double[] ap = new double[n];
                double[] rp = new double[n];
                int i = 0;
                for (List<PoseMeasurement> group : groups.values()) {
                    List<Pose> attained = attained(group);
                    hours[i] = (group.get(0).time().toEpochMilli() - start) / 3_600_000.0;
                    ap[i] = PoseAccuracy.of(commanded, attained).apP();
                    rp[i] = PoseRepeatability.of(attained).rpL();
                    i++;
                }
                return List.of(new Figure("pose-drift-" + pose, pose + ": pose accuracy and repeatability over time",
                        new Figure.Axis("time", "h"), new Figure.Axis("APp, RPl", "mm"), List.of(
                                new Series("APp", Series.Style.LINE, hours, ap),
                                new Series("RPl", Series.Style.LINE, hours, rp)),
                        "APp and RPl of each group of measurements against the time of its first measurement, on the"
                                + " tracker's clock; dAP and dRP compare the first group with the last."));
            }
        };
    }

    /**
     * @return the pose's measurements grouped by the loop variable, in its order; a measurement
     *     without the variable is group 0
     * @throws IllegalArgumentException when fewer than two groups, or a group with fewer than two
     *                                  measurements, were recorded
     */
    private static TreeMap<Long, List<PoseMeasurement>> groups(AnalysisInput input, String pose, String per) {
        TreeMap<Long, List<PoseMeasurement>> groups = new TreeMap<>();
        for (PoseMeasurement m : PoseMeasurements.fromSamples(input.samples())) {
            if (!m.pose().equals(pose)) {
                continue;
            }
            String value = m.context().get(per);
            long group;
            try {
                group = value == null ? 0 : Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("pose drift groups by '" + per + "', which is '" + value
                        + "' in a measurement of " + pose + ", not a whole number");
            }
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(m);
        }
        if (groups.size() < 2) {
            throw new IllegalArgumentException("pose drift needs measurements of " + pose + " at two times at least"
                    + " (groups of '" + per + "'), found " + groups.size());
        }
        groups.forEach((g, list) -> {
            if (list.size() < 2) {
                throw new IllegalArgumentException("pose drift needs two measurements of " + pose + " at least in "
                        + per + " " + g + " for its repeatability, found " + list.size());
            }
        });
        return groups;
    }

    private static List<Pose> attained(List<PoseMeasurement> group) {
        return group.stream().map(PoseMeasurement::attained).toList();
    }
}
