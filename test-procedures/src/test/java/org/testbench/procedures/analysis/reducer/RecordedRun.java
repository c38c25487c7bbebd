package org.testbench.procedures.analysis.reducer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.testbench.procedures.Parameters;
import org.testbench.procedures.Procedure;
import org.testbench.procedures.ProcedureFile;
import org.testbench.procedures.analysis.ProcedureAnalysis;
import org.testbench.rigs.Amount;
import org.testbench.rigs.Dut;
import org.testbench.rigs.DutFile;
import org.testbench.rigs.SignalName;
import org.testbench.rigs.Sample;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.YamlDocument;
import org.testbench.standards.Result;
import org.testbench.standards.StatedUncertainty;
import org.testbench.standards.figure.Figure;

/**
 * The samples a run of a reducer procedure would archive, written by a test reading by reading,
 * and the analysis of a procedure file's {@code analysis:} list over them, as the runner computes
 * it. Values are given in the bench's base units (deg, Nm, rpm, degC, s).
 */
final class RecordedRun {

    private static final Map<String, String> UNITS = Map.of("angle", "deg", "position-command", "deg", "torque", "Nm",
            "torque-command", "Nm", "speed", "rpm", "temperature", "degC", "ambient", "degC", "sim-time", "s");

    private final List<Sample> samples = new ArrayList<>();
    private final Map<String, Integer> readings = new HashMap<>();
    private Instant clock = Instant.parse("2026-11-22T08:00:00Z");

    /**
     * Records one reading of a series.
     *
     * @param series  the series
     * @param context the loop variables in force, e.g. "speed=1000", "block=2" (none for none)
     * @param values  signal, value, signal, value... e.g. "output.torque", 5.0, "output.angle", 0.01
     * @return this
     */
    RecordedRun reading(String series, String context, Object... values) {
        int number = readings.merge(series, 1, Integer::sum);
        Map<String, String> tags = new LinkedHashMap<>();
        if (!context.isEmpty()) {
            for (String kv : context.split(";")) {
                String[] parts = kv.split("=");
                tags.put(parts[0], parts[1]);
            }
        }
        tags.put("series", series);
        tags.put("reading", String.valueOf(number));
        clock = clock.plusMillis(100);
        for (int i = 0; i < values.length; i += 2) {
            SignalName s = SignalName.parse((String) values[i]);
            samples.add(new Sample(clock, s.device(), s.signal(), ((Number) values[i + 1]).doubleValue(),
                    UNITS.get(s.signal()), true, tags));
        }
        return this;
    }

    /** @return the samples recorded so far */
    List<Sample> samples() {
        return List.copyOf(samples);
    }

    /**
     * @param analysis   the procedure's {@code analysis:} list, as YAML lines
     * @param parameters the procedure's {@code parameters:} block, as YAML lines (may be empty)
     * @return the procedure
     * @throws Exception when it does not parse
     */
    static Procedure procedure(String analysis, String parameters) throws Exception {
        return ProcedureFile.parse(YamlDocument.parse(String.join("\n", "procedure: p", "title: t", "standard: s",
                "clauses: ['1']", parameters, "main: [{dwell: {seconds: 0}}]", "analysis:", analysis, ""), "p.yaml"));
    }

    /**
     * @param dutText a DUT file's text
     * @return the DUT, its rated values checked against every installed analysis
     * @throws Exception when it does not parse
     */
    static Dut dut(String dutText) throws Exception {
        return DutFile.parse(YamlDocument.parse(dutText, "dut.yaml"), ProcedureAnalysis.ratable());
    }

    /** @return a harmonic reducer's DUT without rated values: ratio 100, 50 Nm, T1 7 Nm, T2 25 Nm */
    static Dut plainDut() {
        return new Dut("M", "HD", "S", "", "dut.yaml", "", "", Map.of(), Map.of("ratio", new Amount(100, Unit.ONE),
                "rated-torque", new Amount(50, Unit.NM), "t1", new Amount(7, Unit.NM), "t2", new Amount(25, Unit.NM)));
    }

    /**
     * @param p   the procedure
     * @param dut the DUT
     * @return its analyses' results over the recorded samples
     * @throws Exception when the parameters do not bind
     */
    List<Result> results(Procedure p, Dut dut) throws Exception {
        return ProcedureAnalysis.results(p, Parameters.bind(p.parameters(), Map.of(), "-p"), dut, samples());
    }

    /**
     * @param p           the procedure
     * @param dut         the DUT
     * @param instruments the stated uncertainty of the instrument measuring each signal, by {@code device.signal}
     * @return its analyses' results over the recorded samples, with the uncertainties they can evaluate
     * @throws Exception when the parameters do not bind
     */
    List<Result> results(Procedure p, Dut dut, Map<String, StatedUncertainty> instruments) throws Exception {
        return ProcedureAnalysis.results(p, Parameters.bind(p.parameters(), Map.of(), "-p"), dut, samples(), instruments);
    }

    /**
     * @param p   the procedure
     * @param dut the DUT
     * @return its analyses' figures over the recorded samples
     * @throws Exception when the parameters do not bind
     */
    List<Figure> figures(Procedure p, Dut dut) throws Exception {
        return ProcedureAnalysis.figures(p, Parameters.bind(p.parameters(), Map.of(), "-p"), dut, samples());
    }

    /**
     * @param results results
     * @param symbol  a characteristic
     * @return the one result with it
     */
    static Result only(List<Result> results, String symbol) {
        List<Result> found = results.stream().filter(r -> r.characteristic().equals(symbol)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " results " + symbol + " in " + results);
        }
        return found.get(0);
    }
}
