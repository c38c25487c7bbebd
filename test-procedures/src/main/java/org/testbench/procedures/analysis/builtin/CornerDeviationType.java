package org.testbench.procedures.analysis.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testbench.procedures.analysis.Analysis;
import org.testbench.procedures.analysis.AnalysisType;
import org.testbench.procedures.step.StepParser;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;
import org.testbench.standards.Result;
import org.testbench.standards.geometry.Vector3;
import org.testbench.standards.iso9283.CornerDeviation;
import org.testbench.standards.iso9283.CycleAggregate;
import org.testbench.standards.iso9283.Iso9283;

/**
 * {@code corner-deviation: {corner: P3, to: P4, per: cycle}}: ISO 9283 clause 8.5, corner round-off
 * error CR and corner overshoot CO of a path that turns at one pose towards another, run once per
 * value of the loop variable {@code per} inside a {@code track} block ({@link CornerDeviation}); the
 * largest over the runs.
 */
public final class CornerDeviationType implements AnalysisType {

    /** Creates the type; found through ServiceLoader. */
    public CornerDeviationType() {
    }

    @Override
    public String name() {
        return "corner-deviation";
    }

    @Override
    public Map<String, Unit> ratable() {
        return RatableSymbols.of(List.of(Iso9283.CR, Iso9283.CO), s -> "mm");
    }

    @Override
    public Analysis parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
        String corner = PoseArgument.parse(arguments, "corner", parser, "corner deviation");
        String to = PoseArgument.parse(arguments, "to", parser, "corner deviation");
        String per = arguments.required("per").asText();
        // The analysis fails, and the run ends as ANALYSIS_FAILED, when a run does not pass the corner.
        return Analysis.of(at.location(), input -> {
            Vector3 cornerPoint = input.commandedPoses().get(corner).position();
            Vector3 end = input.commandedPoses().get(to).position();
            TrackedRuns tracked = TrackedRuns.of(input.samples(), per);
            List<CornerDeviation> runs = new ArrayList<>();
            for (String run : tracked.poses().keySet()) {
                runs.add(CornerDeviation.of(tracked.trajectory(run, tracked.poses().get(run).get(0).time()),
                        cornerPoint, end));
            }
            CornerDeviation worst = CornerDeviation.over(runs, CycleAggregate.MAX);
            String subject = corner + " towards " + to + ", " + runs.size() + " runs";
            return List.of(
                    Result.judged(Iso9283.STANDARD, Iso9283.CLAUSE_CORNER_DEVIATIONS, Iso9283.CR, subject,
                            worst.crMm(), "mm", input.rated().get(Iso9283.CR)),
                    Result.judged(Iso9283.STANDARD, Iso9283.CLAUSE_CORNER_DEVIATIONS, Iso9283.CO, subject,
                            worst.coMm(), "mm", input.rated().get(Iso9283.CO)));
        });
    }
}
