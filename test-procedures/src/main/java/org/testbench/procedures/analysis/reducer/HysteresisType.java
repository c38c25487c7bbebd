package org.testbench.procedures.analysis.reducer;

import java.util.List;
import java.util.Map;
import org.testbench.procedures.analysis.Analysis;
import org.testbench.procedures.analysis.AnalysisInput;
import org.testbench.procedures.analysis.AnalysisType;
import org.testbench.procedures.step.StepParser;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;
import org.testbench.standards.Result;
import org.testbench.standards.StatedUncertainty;
import org.testbench.standards.Uncertainty;
import org.testbench.standards.figure.Figure;
import org.testbench.standards.reducer.ReducerUncertainty;
import org.testbench.standards.reducer.Reducers;

/**
 * {@code hysteresis: {series: loop, torque: output.torque, twist: output.angle, lost-motion-percent: 3 %,
 * t1: $dut.t1, t2: $dut.t2}}: hysteresis loss, lost motion at ±t and torsional stiffness K1, K2,
 * K3 of one recorded loop (see {@link LoopArguments}); figure: the loop with its fitted stiffness.
 */
public final class HysteresisType implements AnalysisType {

    /** Creates the type; found through ServiceLoader. */
    public HysteresisType() {
    }

    @Override
    public String name() {
        return "hysteresis";
    }

    @Override
    public Map<String, Unit> ratable() {
        return RatedLimits.ratable(Reducers.HYSTERESIS_LOSS, Reducers.LOST_MOTION, Reducers.K1, Reducers.K2,
                Reducers.K3);
    }

    @Override
    public Analysis parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
        LoopArguments loop = LoopArguments.parse(at, arguments, parser);
        String location = at.location();
        return new Analysis() {
            @Override
            public String location() {
                return location;
            }

            @Override
            public List<Result> results(AnalysisInput input) {
                HysteresisLoop l = loop.loop(ReadingGroups.of(input, loop.series()), input.values());
                String clause = Reducers.CLAUSE_HYSTERESIS;
                // Both are differences of two twists on the output encoder (ReducerUncertainty).
                StatedUncertainty encoder = input.instrument(loop.twist());
                Uncertainty twistDifference = encoder == null ? null : ReducerUncertainty.twistDifference(encoder);
                return List.of(
                        RatedLimits.result(input, clause, Reducers.HYSTERESIS_LOSS, l.subject(), l.loss().lossArcmin())
                                .withUncertainty(twistDifference),
                        RatedLimits.result(input, clause, Reducers.LOST_MOTION, l.lostMotionSubject(),
                                l.lostMotion().lostMotionArcmin()).withUncertainty(twistDifference),
                        RatedLimits.result(input, clause, Reducers.K1, l.subject(), l.stiffness().k1NmPerArcmin()),
                        RatedLimits.result(input, clause, Reducers.K2, l.subject(), l.stiffness().k2NmPerArcmin()),
                        RatedLimits.result(input, clause, Reducers.K3, l.subject(), l.stiffness().k3NmPerArcmin()));
            }

            @Override
            public List<Figure> figures(AnalysisInput input) {
                HysteresisLoop l = loop.loop(ReadingGroups.of(input, loop.series()), input.values());
                return List.of(l.figure("hysteresis-" + loop.series(), "Output twist against output torque with the"
                        + " input locked, and the three-segment stiffness K1, K2, K3 fitted to both loading branches"
                        + " beyond the lost motion torque ±t (break torques T1, T2 of the catalogue)."));
            }
        };
    }
}
