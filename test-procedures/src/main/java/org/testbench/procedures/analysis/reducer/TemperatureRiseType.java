package org.testbench.procedures.analysis.reducer;

import java.util.List;
import java.util.Map;
import org.testbench.procedures.analysis.Analysis;
import org.testbench.procedures.analysis.AnalysisInput;
import org.testbench.procedures.analysis.AnalysisType;
import org.testbench.procedures.analysis.Reading;
import org.testbench.procedures.expression.Expression;
import org.testbench.procedures.step.NumberArguments;
import org.testbench.procedures.step.StepParser;
import org.testbench.rigs.SignalName;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;
import org.testbench.standards.Limit;
import org.testbench.standards.Result;
import org.testbench.standards.StatedUncertainty;
import org.testbench.standards.Uncertainty;
import org.testbench.standards.Verdict;
import org.testbench.standards.figure.Figure;
import org.testbench.standards.figure.Series;
import org.testbench.standards.reducer.ReducerUncertainty;
import org.testbench.standards.reducer.Reducers;
import org.testbench.standards.reducer.TemperatureRise;

/**
 * {@code temperature-rise: {series: heat, housing: housing.temperature, ambient: housing.ambient,
 * time: bench.sim-time, window: 30 min, steady-slope-per-hour: 1 degC}}: the housing's rise over
 * ambient, averaged over the record's last {@code window}, which must be steady (the housing's
 * slope there at most {@code steady-slope-per-hour}). A rise still climbing is no steady rise: it
 * is then INCONCLUSIVE against a maximum it has not yet passed, and the slope is reported beside
 * it. Figure: housing and ambient temperature over the run.
 */
public final class TemperatureRiseType implements AnalysisType {

    /** The slope of the housing temperature over the window, degC/h. */
    static final String SLOPE = "temperature-slope";

    private static final double MAX_WINDOW_S = 366 * 86_400.0;

    /** Creates the type; found through ServiceLoader. */
    public TemperatureRiseType() {
    }

    @Override
    public String name() {
        return "temperature-rise";
    }

    @Override
    public Map<String, Unit> ratable() {
        return RatedLimits.ratable(Reducers.TEMPERATURE_RISE);
    }

    @Override
    public Analysis parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
        String series = ReducerArguments.series(arguments);
        SignalName housing = ReducerArguments.signal(arguments, "housing", parser, Unit.Quantity.TEMPERATURE);
        SignalName ambient = ReducerArguments.signal(arguments, "ambient", parser, Unit.Quantity.TEMPERATURE);
        SignalName time = ReducerArguments.optionalSignal(arguments, "time", parser, Unit.Quantity.TIME);
        Expression window = NumberArguments.duration(arguments.required("window"), parser, 0, MAX_WINDOW_S);
        Expression slope = ReducerArguments.amount(arguments, "steady-slope-per-hour", Unit.Quantity.TEMPERATURE,
                parser);
        String location = at.location();
        return new Analysis() {
            @Override
            public String location() {
                return location;
            }

            @Override
            public List<Result> results(AnalysisInput input) {
                TemperatureRise rise = rise(input);
                Limit limit = input.rated().get(Reducers.TEMPERATURE_RISE);
                String subject = rise.steady() ? "steady state" : "NOT steady: still changing at the end of the run";
                Verdict verdict = limit == null ? Verdict.NOT_EVALUATED : limit.judge(rise.riseDegC());
                if (!rise.steady() && verdict == Verdict.PASS) {
                    verdict = Verdict.INCONCLUSIVE;
                }
                StatedUncertainty housingThermometer = input.instrument(housing);
                StatedUncertainty ambientThermometer = input.instrument(ambient);
                Uncertainty u = housingThermometer == null || ambientThermometer == null ? null
                        : ReducerUncertainty.temperatureDifference(housingThermometer, ambientThermometer);
                return List.of(new Result(Reducers.GB_T_35089, Reducers.CLAUSE_TEMPERATURE_RISE,
                                Reducers.TEMPERATURE_RISE, subject, rise.riseDegC(), "degC", limit, verdict, u),
                        Result.judged(Reducers.GB_T_35089, Reducers.CLAUSE_TEMPERATURE_RISE, SLOPE, subject,
                                rise.slopeDegCPerHour(), "degC/h", null));
            }

            @Override
            public List<Figure> figures(AnalysisInput input) {
                List<Reading> readings = ReadingGroups.distinctTimes(ReadingGroups.of(input, series), time);
                double[] t = ReadingGroups.times(readings, time);
                double[] hours = new double[t.length];
                for (int i = 0; i < t.length; i++) {
                    hours[i] = (t[i] - t[0]) / 3600;
                }
                return List.of(new Figure("temperature-rise-" + series, "Housing temperature",
                        new Figure.Axis("time", "h"), new Figure.Axis("temperature", "degC"), List.of(
                                new Series("housing", Series.Style.LINE, hours,
                                        ReadingGroups.values(readings, housing)),
                                new Series("ambient", Series.Style.LINE, hours,
                                        ReadingGroups.values(readings, ambient))),
                        "Housing and ambient temperature while running; the rise is the mean difference over the"
                                + " last window, judged only when the housing is steady there."));
            }

            private TemperatureRise rise(AnalysisInput input) {
                List<Reading> readings = ReadingGroups.distinctTimes(ReadingGroups.of(input, series), time);
                return TemperatureRise.of(ReadingGroups.times(readings, time), ReadingGroups.values(readings, housing),
                        ReadingGroups.values(readings, ambient), window.evaluate(input.values()),
                        slope.evaluate(input.values()));
            }
        };
    }
}
