package org.testbench.procedures.analysis.reducer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testbench.procedures.analysis.Analysis;
import org.testbench.procedures.analysis.AnalysisInput;
import org.testbench.procedures.analysis.Reading;
import org.testbench.procedures.expression.Expression;
import org.testbench.rigs.SignalName;
import org.testbench.standards.Result;
import org.testbench.standards.StatedUncertainty;
import org.testbench.standards.Uncertainty;
import org.testbench.standards.figure.Figure;
import org.testbench.standards.figure.Series;
import org.testbench.standards.reducer.ErrorSpectrum;
import org.testbench.standards.reducer.Harmonic;
import org.testbench.standards.reducer.ReducerUncertainty;
import org.testbench.standards.reducer.Reducers;
import org.testbench.standards.reducer.TransmissionError;

/** The configured {@code transmission-error} analysis; see {@link TransmissionErrorType}. */
final class TransmissionErrorAnalysis implements Analysis {

    /** The order of the dominant harmonic: cycles per output revolution. */
    static final String DOMINANT_ORDER = "dominant-harmonic-order";
    /** The peak amplitude of the dominant harmonic, arcmin. */
    static final String DOMINANT_AMPLITUDE = "dominant-harmonic-amplitude";

    private static final String SUBJECT = "one output revolution";

    private final String location;
    private final String series;
    private final SignalName input;
    private final SignalName output;
    private final Expression ratio;
    private final String per;
    private final int outputOrders;
    private final int inputOrders;

    TransmissionErrorAnalysis(String location, String series, SignalName input, SignalName output, Expression ratio,
                              String per, int outputOrders, int inputOrders) {
        this.location = location;
        this.series = series;
        this.input = input;
        this.output = output;
        this.ratio = ratio;
        this.per = per;
        this.outputOrders = outputOrders;
        this.inputOrders = inputOrders;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public List<Result> results(AnalysisInput in) {
        TransmissionError te = error(in);
        Harmonic dominant = te.spectrum(outputOrders, inputOrders).dominant();
        String clause = Reducers.CLAUSE_TRANSMISSION_ERROR;
        StatedUncertainty outputEncoder = in.instrument(output);
        StatedUncertainty inputEncoder = in.instrument(input);
        Uncertainty u = outputEncoder == null || inputEncoder == null ? null
                : ReducerUncertainty.transmissionError(outputEncoder, inputEncoder, ratio.evaluate(in.values()));
        return List.of(RatedLimits.result(in, clause, Reducers.TRANSMISSION_ACCURACY, SUBJECT, te.accuracyArcmin())
                        .withUncertainty(u),
                Result.judged(Reducers.GB_T_35089, clause, DOMINANT_ORDER, SUBJECT, dominant.order(), "1/rev", null),
                Result.judged(Reducers.GB_T_35089, clause, DOMINANT_AMPLITUDE, SUBJECT, dominant.amplitudeArcmin(),
                        "arcmin", null));
    }

    @Override
    public List<Figure> figures(AnalysisInput in) {
        TransmissionError te = error(in);
        ErrorSpectrum spectrum = te.spectrum(outputOrders, inputOrders);
        List<Harmonic> harmonics = new ArrayList<>(spectrum.outputHarmonics());
        harmonics.addAll(spectrum.inputHarmonics());
        double[] order = new double[harmonics.size()];
        double[] amplitude = new double[harmonics.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = harmonics.get(i).order();
            amplitude[i] = harmonics.get(i).amplitudeArcmin();
        }
        Figure curve = new Figure("transmission-error-" + series, "Transmission error over one output revolution",
                new Figure.Axis("output angle", "deg"), new Figure.Axis("transmission error", "arcmin"),
                List.of(new Series("e = θ_out - θ_in / i", Series.Style.LINE, te.outputAngleDeg(), te.errorArcmin())),
                "Transmission error of the unloaded reducer over one output revolution without reversal; its span is"
                        + " the transmission accuracy (the zero is the encoders').");
        Figure bars = new Figure("transmission-error-spectrum-" + series, "Spectrum of the transmission error",
                new Figure.Axis("order", "cycles per output revolution"), new Figure.Axis("amplitude", "arcmin"),
                List.of(new Series("harmonic amplitude", Series.Style.BARS, order, amplitude)),
                "Peak amplitude of the harmonics of the output revolution (orders 1.." + outputOrders
                        + ") and of the input revolution (multiples of the ratio, up to " + inputOrders + ").");
        return List.of(curve, bars);
    }

    private TransmissionError error(AnalysisInput in) {
        List<Reading> readings = ReadingGroups.of(in, series);
        List<double[]> points = new ArrayList<>();
        if (per == null) {
            readings.forEach(r -> points.add(new double[] {r.value(input), r.value(output)}));
        } else {
            for (Map.Entry<Map<String, String>, List<Reading>> g : ReadingGroups.byContext(readings).entrySet()) {
                ReadingGroups.number(g.getKey(), per, series);
                points.add(new double[] {ReadingGroups.mean(g.getValue(), input),
                    ReadingGroups.mean(g.getValue(), output)});
            }
        }
        double[] inputDeg = new double[points.size()];
        double[] outputDeg = new double[points.size()];
        for (int i = 0; i < inputDeg.length; i++) {
            inputDeg[i] = points.get(i)[0];
            outputDeg[i] = points.get(i)[1];
        }
        return TransmissionError.of(inputDeg, outputDeg, ratio.evaluate(in.values()));
    }
}
