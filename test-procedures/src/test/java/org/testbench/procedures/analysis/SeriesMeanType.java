package org.testbench.procedures.analysis;

import java.util.List;
import java.util.Map;
import org.testbench.procedures.expression.Expression;
import org.testbench.procedures.step.NumberArguments;
import org.testbench.procedures.step.SignalArguments;
import org.testbench.procedures.step.StepParser;
import org.testbench.rigs.SignalName;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;
import org.testbench.standards.Result;

/**
 * A test-only analysis type exercising the SPI: {@code series-mean: {series: s, signal: d.x, scale: 2}}
 * gives the mean of a signal over a series' readings times a scale, as characteristic "mean-torque"
 * of subject series, judged against the DUT's rated "mean-torque".
 */
public final class SeriesMeanType implements AnalysisType {

    /** Creates the type; found through ServiceLoader. */
    public SeriesMeanType() {
    }

    @Override
    public String name() {
        return "series-mean";
    }

    @Override
    public Map<String, Unit> ratable() {
        return Map.of("mean-torque", Unit.NM);
    }

    @Override
    public Analysis parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
        String series = SignalArguments.series(arguments.required("series"));
        SignalName signal = SignalArguments.readable(arguments.required("signal"), parser);
        Expression scale = arguments.optional("scale").isPresent()
                ? NumberArguments.of(arguments.required("scale"), Unit.Quantity.COUNT, parser) : null;
        String location = at.location();
        return new Analysis() {
            @Override
            public String location() {
                return location;
            }

            @Override
            public List<Result> results(AnalysisInput input) {
                List<Reading> readings = input.readings(series);
                if (readings.isEmpty()) {
                    throw new IllegalArgumentException("series " + series + " has no readings");
                }
                double mean = readings.stream().mapToDouble(r -> r.value(signal)).average().orElseThrow();
                double factor = scale == null ? 1 : scale.evaluate(input.values());
                String unit = readings.get(0).samples().get(signal).unit();
                return List.of(Result.judged("test", "0", "mean-torque", series, mean * factor, unit,
                        input.rated().get("mean-torque")));
            }
        };
    }
}
