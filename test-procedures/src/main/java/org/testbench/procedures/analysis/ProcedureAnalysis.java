package org.testbench.procedures.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.testbench.procedures.Parameters;
import org.testbench.procedures.Procedure;
import org.testbench.rigs.Dut;
import org.testbench.rigs.Sample;
import org.testbench.rigs.Unit;
import org.testbench.standards.Result;
import org.testbench.standards.StatedUncertainty;
import org.testbench.standards.figure.Figure;

/**
 * Computes a procedure's results from its recorded samples by running each of its analyses.
 * Pure: the same samples always give the same results, in the same order: subject by subject
 * (a pose, a series), in the order subjects first appear in the analysis list's results, and
 * within a subject in the order of the analysis list (so P1's AP then P1's RP, then P2's).
 */
public final class ProcedureAnalysis {

    private ProcedureAnalysis() {
    }

    /**
     * @return every characteristic the installed analyses can judge, with the unit of its results, for
     *     checking a DUT file's rated values: the same DUT file serves every procedure
     */
    public static Map<String, Unit> ratable() {
        return AnalysisTypes.installed().ratable();
    }

    /**
     * Computes results without knowing the instruments that measured the samples (offline data,
     * tests without a rig): no result carries an uncertainty.
     *
     * @param procedure  the procedure that ran
     * @param parameters its parameter values
     * @param dut        the DUT, with its rated values and properties
     * @param samples    the recorded samples
     * @return the results of the procedure's analyses
     * @throws IllegalArgumentException when the samples do not allow an analysis, saying why
     */
    public static List<Result> results(Procedure procedure, Parameters parameters, Dut dut, List<Sample> samples) {
        return results(procedure, parameters, dut, samples, Map.of());
    }

    /**
     * @param procedure   the procedure that ran
     * @param parameters  its parameter values
     * @param dut         the DUT, with its rated values and properties
     * @param samples     the recorded samples
     * @param instruments the stated uncertainty of the instrument measuring each signal, by {@code device.signal}; the
     *                    analyses attach uncertainties to the results whose inputs they know
     * @return the results of the procedure's analyses, judged by simple acceptance
     * @throws IllegalArgumentException when the samples do not allow an analysis, saying why
     */
    public static List<Result> results(Procedure procedure, Parameters parameters, Dut dut, List<Sample> samples,
                                       Map<String, StatedUncertainty> instruments) {
        if (procedure.analyses().isEmpty()) {
            return List.of();
        }
        AnalysisInput input = input(procedure, parameters, dut, samples, instruments);
        Map<String, List<Result>> bySubject = new LinkedHashMap<>();
        for (Analysis a : procedure.analyses()) {
            for (Result r : a.results(input)) {
                bySubject.computeIfAbsent(r.subject(), s -> new ArrayList<>()).add(r);
            }
        }
        List<Result> results = new ArrayList<>();
        bySubject.values().forEach(results::addAll);
        return List.copyOf(results);
    }

    /**
     * @param procedure  the procedure that ran
     * @param parameters its parameter values
     * @param dut        the DUT, with its rated values and properties
     * @param samples    the recorded samples, which {@link #results} has already analysed successfully
     * @return the figures of the procedure's analyses, in the order of the analysis list
     */
    public static List<Figure> figures(Procedure procedure, Parameters parameters, Dut dut, List<Sample> samples) {
        if (procedure.analyses().isEmpty()) {
            return List.of();
        }
        AnalysisInput input = input(procedure, parameters, dut, samples, Map.of());
        List<Figure> figures = new ArrayList<>();
        for (Analysis a : procedure.analyses()) {
            figures.addAll(a.figures(input));
        }
        return List.copyOf(figures);
    }

    private static AnalysisInput input(Procedure procedure, Parameters parameters, Dut dut, List<Sample> samples,
                                       Map<String, StatedUncertainty> instruments) {
        return new AnalysisInput(parameters, procedure.commandedPoses(parameters), samples, dut.rated(), dut.properties(),
                instruments);
    }
}
