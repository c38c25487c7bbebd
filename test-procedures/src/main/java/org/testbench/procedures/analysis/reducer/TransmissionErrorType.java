package org.testbench.procedures.analysis.reducer;

import java.util.Map;
import org.testbench.procedures.analysis.Analysis;
import org.testbench.procedures.analysis.AnalysisType;
import org.testbench.procedures.expression.Expression;
import org.testbench.procedures.step.StepParser;
import org.testbench.rigs.SignalName;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;
import org.testbench.standards.reducer.Reducers;

/**
 * {@code transmission-error: {series: te, input: input.angle, output: output.angle, ratio: $dut.ratio,
 * per: point, output-orders: 10, input-orders: 2}}: transmission accuracy over one output
 * revolution and the dominant harmonic of the error's spectrum; figures: e(φ) over the revolution
 * and the spectrum. With {@code per}, the readings taken at one value of that loop variable (one
 * step of the revolution) are averaged into one point, which quietens the encoders' noise that
 * would otherwise widen max e - min e. The spectrum lists harmonics 1..{@code output-orders} of the
 * output revolution and 1..{@code input-orders} of the input revolution (at multiples of the ratio).
 */
public final class TransmissionErrorType implements AnalysisType {

    /** More harmonics than this is a typo; the spectrum reads each with one pass over the revolution. */
    private static final int MAX_ORDERS = 1000;

    /** Creates the type; found through ServiceLoader. */
    public TransmissionErrorType() {
    }

    @Override
    public String name() {
        return "transmission-error";
    }

    @Override
    public Map<String, Unit> ratable() {
        return RatedLimits.ratable(Reducers.TRANSMISSION_ACCURACY);
    }

    @Override
    public Analysis parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
        String series = ReducerArguments.series(arguments);
        SignalName input = ReducerArguments.signal(arguments, "input", parser, Unit.Quantity.ANGLE);
        SignalName output = ReducerArguments.signal(arguments, "output", parser, Unit.Quantity.ANGLE);
        Expression ratio = ReducerArguments.amount(arguments, "ratio", Unit.Quantity.COUNT, parser);
        String per = arguments.optional("per").isPresent() ? ReducerArguments.loopVariable(arguments, "per") : null;
        int outputOrders = ReducerArguments.count(arguments, "output-orders", 10, 0, MAX_ORDERS);
        int inputOrders = ReducerArguments.count(arguments, "input-orders", 2, 0, MAX_ORDERS);
        if (outputOrders + inputOrders == 0) {
            throw at.error("the spectrum needs at least one harmonic: 'output-orders' or 'input-orders' above 0");
        }
        return new TransmissionErrorAnalysis(at.location(), series, input, output, ratio, per, outputOrders,
                inputOrders);
    }
}
