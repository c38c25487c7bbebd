package org.testbench.procedures.analysis.builtin;

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
import org.testbench.standards.geometry.Vector3;
import org.testbench.standards.iso9283.Iso9283;
import org.testbench.standards.iso9283.PathVelocity;
import org.testbench.standards.iso9283.SampledTrajectory;

/**
 * {@code path-velocity: {from: P2, to: P4, speed: $speed, per: cycle}}: ISO 9283 clause 8.6, path
 * velocity accuracy AV, repeatability RV and fluctuation FV of the straight path between two poses,
 * run once per value of the loop variable {@code per} inside a {@code track} block at the commanded
 * speed {@code speed}. The velocity is measured over the middle half of the path, where the
 * controller runs at its path speed (it accelerates and brakes in the quarters at either end): for
 * each pair of consecutive tracked samples there, the distance between them over the time between.
 */
public final class PathVelocityType implements AnalysisType {

    /** The share of the path at either end left out of the measurement. */
    private static final double END_SHARE = 0.25;

    /** Creates the type; found through ServiceLoader. */
    public PathVelocityType() {
    }

    @Override
    public String name() {
        return "path-velocity";
    }

    @Override
    public Map<String, Unit> ratable() {
        return RatableSymbols.of(Iso9283.PATH_VELOCITY_SYMBOLS, PathVelocityType::unit);
    }

    @Override
    public Analysis parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
        String from = PoseArgument.parse(arguments, "from", parser, "path velocity");
        String to = PoseArgument.parse(arguments, "to", parser, "path velocity");
        Expression speed = NumberArguments.of(arguments.required("speed"), Unit.Quantity.VELOCITY, parser);
        String per = arguments.required("per").asText();
        // The analysis fails, and the run ends as ANALYSIS_FAILED, when a run has fewer than two samples in
        // the middle of the path.
        return Analysis.of(at.location(), input -> {
            Vector3 start = input.commandedPoses().get(from).position();
            Vector3 path = input.commandedPoses().get(to).position().minus(start);
            double length = path.norm();
            Vector3 u = path.times(1 / length);
            TrackedRuns tracked = TrackedRuns.of(input.samples(), per);
            List<double[]> velocities = new ArrayList<>();
            for (String run : tracked.poses().keySet()) {
                SampledTrajectory t = tracked.trajectory(run, tracked.poses().get(run).get(0).time());
                List<Double> v = new ArrayList<>();
                for (int k = 0; k + 1 < t.size(); k++) {
                    double s0 = t.position(k).minus(start).dot(u);
                    double s1 = t.position(k + 1).minus(start).dot(u);
                    if (s0 >= END_SHARE * length && s1 <= (1 - END_SHARE) * length) {
                        v.add(t.position(k + 1).distanceTo(t.position(k)) / (t.time(k + 1) - t.time(k)));
                    }
                }
                if (v.size() < 2) {
                    throw new IllegalArgumentException(per + " " + run + " has " + v.size() + " velocity samples"
                            + " in the middle of the path " + from + "-" + to + "; the tracker must stream it");
                }
                velocities.add(v.stream().mapToDouble(Double::doubleValue).toArray());
            }
            double commanded = speed.evaluate(input.values());
            PathVelocity pv = PathVelocity.of(commanded, velocities);
            String subject = from + "-" + to + " at " + NumberArguments.plain(commanded) + " mm/s, "
                    + velocities.size() + " runs";
            List<Result> results = new ArrayList<>();
            for (String symbol : Iso9283.PATH_VELOCITY_SYMBOLS) {
                results.add(Result.judged(Iso9283.STANDARD, Iso9283.CLAUSE_PATH_VELOCITY, symbol, subject,
                        pv.value(symbol), unit(symbol), input.rated().get(symbol)));
            }
            return results;
        });
    }

    /** @return "%" for AV and RV, "mm/s" for FV */
    private static String unit(String symbol) {
        return symbol.equals(Iso9283.FV) ? "mm/s" : "%";
    }
}
