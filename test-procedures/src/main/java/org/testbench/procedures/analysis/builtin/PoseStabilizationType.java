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
import org.testbench.rigs.Sample;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;
import org.testbench.standards.Result;
import org.testbench.standards.iso9283.CycleAggregate;
import org.testbench.standards.iso9283.Iso9283;
import org.testbench.standards.iso9283.PoseStabilization;
import org.testbench.standards.iso9283.StabilizationCycle;

/**
 * {@code pose-stabilization: {band: 0.1 mm, per: cycle, overshoot: max}}: ISO 9283 clauses 7.5 and
 * 7.6, pose stabilization time t_s (mean over the cycles) and pose overshoot OV (the largest, or
 * the mean, over the cycles), from the poses a {@code track} step recorded after each move. Each
 * cycle (a value of the loop variable {@code per}) is timed from the "pose attained" signal that
 * block recorded; the band is the limit band's radius (the manufacturer's value).
 */
public final class PoseStabilizationType implements AnalysisType {

    /** Creates the type; found through ServiceLoader. */
    public PoseStabilizationType() {
    }

    @Override
    public String name() {
        return "pose-stabilization";
    }

    @Override
    public Map<String, Unit> ratable() {
        return Map.of(Iso9283.STABILIZATION_TIME, Unit.of("s"), Iso9283.OVERSHOOT, Unit.of("mm"));
    }

    @Override
    public Analysis parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
        Expression band = NumberArguments.of(arguments.required("band"), Unit.Quantity.LENGTH, parser);
        String per = arguments.required("per").asText();
        CycleAggregate aggregate = CycleAggregate.MAX;
        if (arguments.optional("overshoot").isPresent()) {
            YamlNode node = arguments.required("overshoot");
            switch (node.asText()) {
                case "max" -> aggregate = CycleAggregate.MAX;
                case "mean" -> aggregate = CycleAggregate.MEAN;
                default -> throw node.error("expected max or mean (how the cycles' overshoots combine), found '"
                        + node.asText() + "'");
            }
        }
        CycleAggregate overshoot = aggregate;
        // The analysis fails, and the run ends as ANALYSIS_FAILED, when a cycle has no "pose attained" signal
        // or too few samples after it.
        return Analysis.of(at.location(), input -> {
            double bandMm = band.evaluate(input.values());
            TrackedRuns tracked = TrackedRuns.of(input.samples(), per);
            List<StabilizationCycle> cycles = new ArrayList<>();
            String pose = null;
            for (Map.Entry<String, List<Sample>> e : tracked.poses().entrySet()) {
                Instant signal = tracked.signals().get(e.getKey());
                if (signal == null) {
                    throw new IllegalArgumentException(per + " " + e.getKey() + " tracked no move: its 'pose"
                            + " attained' signal, where stabilization time starts, is missing");
                }
                pose = e.getValue().get(0).context().get("pose");
                cycles.add(StabilizationCycle.of(tracked.trajectory(e.getKey(), signal), 0, bandMm));
            }
            PoseStabilization p = PoseStabilization.of(cycles, overshoot);
            String subject = (pose == null ? "" : pose + ", ") + cycles.size() + " cycles, band "
                    + NumberArguments.plain(bandMm) + " mm";
            return List.of(
                    Result.judged(Iso9283.STANDARD, Iso9283.CLAUSE_STABILIZATION_TIME, Iso9283.STABILIZATION_TIME,
                            subject, p.stabilizationTimeS(), "s", input.rated().get(Iso9283.STABILIZATION_TIME)),
                    Result.judged(Iso9283.STANDARD, Iso9283.CLAUSE_OVERSHOOT, Iso9283.OVERSHOOT, subject,
                            p.overshootMm(), "mm", input.rated().get(Iso9283.OVERSHOOT)));
        });
    }
}
