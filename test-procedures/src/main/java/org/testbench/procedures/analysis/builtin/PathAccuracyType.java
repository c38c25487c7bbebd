package org.testbench.procedures.analysis.builtin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testbench.procedures.analysis.Analysis;
import org.testbench.procedures.analysis.AnalysisType;
import org.testbench.procedures.expression.Expression;
import org.testbench.procedures.step.NumberArguments;
import org.testbench.procedures.step.StepParser;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;
import org.testbench.standards.Result;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;
import org.testbench.standards.iso9283.Iso9283;
import org.testbench.standards.iso9283.PathAccuracy;
import org.testbench.standards.iso9283.PathPlaneCrossing;
import org.testbench.standards.iso9283.PathRepeatability;
import org.testbench.standards.iso9283.SampledTrajectory;

/**
 * {@code path-accuracy: {from: P2, to: P4, points: 5, per: cycle}}: ISO 9283 clauses 8.2 and 8.3,
 * path accuracy ATp, ATa/b/c and path repeatability RTp, RTa/b/c of the straight path between two
 * poses, run once per value of the loop variable {@code per} inside a {@code track} block. The
 * commanded points are {@code points} evenly spaced inside the path (its ends left out, where the
 * robot starts and stops); a run's attained point is where it crosses the plane through the
 * commanded point normal to the path ({@link PathPlaneCrossing}).
 */
public final class PathAccuracyType implements AnalysisType {

    /** Creates the type; found through ServiceLoader. */
    public PathAccuracyType() {
    }

    @Override
    public String name() {
        return "path-accuracy";
    }

    @Override
    public Map<String, Unit> ratable() {
        List<String> symbols = new ArrayList<>(Iso9283.PATH_ACCURACY_SYMBOLS);
        symbols.addAll(Iso9283.PATH_REPEATABILITY_SYMBOLS);
        return RatableSymbols.of(symbols, PathAccuracyType::unit);
    }

    @Override
    public Analysis parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
        String from = PoseArgument.parse(arguments, "from", parser, "path accuracy");
        String to = PoseArgument.parse(arguments, "to", parser, "path accuracy");
        Expression pointCount = NumberArguments.count(arguments.required("points"), parser, 1, 1000);
        String per = arguments.required("per").asText();
        // The analysis fails, and the run ends as ANALYSIS_FAILED, when a run does not cross a commanded
        // point's plane.
        return Analysis.of(at.location(), input -> {
            int points = (int) pointCount.evaluate(input.values());
            Pose start = input.commandedPoses().get(from);
            Pose end = input.commandedPoses().get(to);
            Vector3 direction = end.position().minus(start.position());
            List<Pose> commanded = new ArrayList<>();
            for (int i = 1; i <= points; i++) {
                commanded.add(new Pose(start.position().plus(direction.times(i / (points + 1.0))), end.a(), end.b(),
                        end.c()));
            }
            TrackedRuns tracked = TrackedRuns.of(input.samples(), per);
            List<List<Pose>> runs = new ArrayList<>();
            for (String run : tracked.poses().keySet()) {
                Instant origin = tracked.poses().get(run).get(0).time();
                SampledTrajectory trajectory = tracked.trajectory(run, origin);
                List<Pose> attained = new ArrayList<>();
                for (Pose c : commanded) {
                    attained.add(PathPlaneCrossing.find(trajectory, c.position(), direction).pose());
                }
                runs.add(attained);
            }
            PathAccuracy accuracy = PathAccuracy.of(commanded, runs);
            PathRepeatability rt = PathRepeatability.of(commanded, runs);
            String subject = from + "-" + to + ", " + points + " points, " + runs.size() + " runs";
            List<Result> results = new ArrayList<>();
            double[] atValues = {accuracy.atP(), accuracy.atA(), accuracy.atB(), accuracy.atC()};
            double[] rtValues = {rt.rtP(), rt.rtA(), rt.rtB(), rt.rtC()};
            for (int i = 0; i < 4; i++) {
                String symbol = Iso9283.PATH_ACCURACY_SYMBOLS.get(i);
                results.add(Result.judged(Iso9283.STANDARD, Iso9283.CLAUSE_PATH_ACCURACY, symbol, subject,
                        atValues[i], unit(symbol), input.rated().get(symbol)));
            }
            for (int i = 0; i < 4; i++) {
                String symbol = Iso9283.PATH_REPEATABILITY_SYMBOLS.get(i);
                results.add(Result.judged(Iso9283.STANDARD, Iso9283.CLAUSE_PATH_REPEATABILITY, symbol, subject,
                        rtValues[i], unit(symbol), input.rated().get(symbol)));
            }
            return results;
        });
    }

    /** @return "mm" for ATp and RTp, "deg" for the orientation ones */
    private static String unit(String symbol) {
        return symbol.equals(Iso9283.AT_P) || symbol.equals(Iso9283.RT_P) ? "mm" : "deg";
    }
}
